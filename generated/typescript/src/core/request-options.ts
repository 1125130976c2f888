// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

/** Header values; null removes a header the client would send. */
export type HeadersLike = Record<string, string | null | undefined> | Headers | Array<[string, string]>;

/** What one call may change: the per-request options. */
export interface RequestOptions {
  /** Extra headers; a null value removes one the client would send. */
  headers?: HeadersLike | undefined;
  /** Extra query parameters. */
  query?: Record<string, string | number | boolean | null | undefined> | undefined;
  /** Extra body fields, merged into a JSON body. */
  body?: Record<string, unknown> | undefined;
  /** Milliseconds for each attempt (for a stream: for the response, then for each event). */
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  signal?: AbortSignal | null | undefined;
  /** Sent as Idempotency-Key, the same on every attempt. */
  idempotencyKey?: string | undefined;
  /** Passed to fetch (agents, dispatchers, ...). */
  fetchOptions?: RequestInit | undefined;
}
