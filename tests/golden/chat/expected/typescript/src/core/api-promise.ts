// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { Page } from './pagination.js';

/** A parsed object also carries the request id, as `_request_id` (not enumerable: JSON leaves it out). */
export type WithRequestID<T> = T extends Array<unknown> | Response | Page<unknown>
  ? T
  : T extends object
    ? T & { _request_id?: string | null }
    : T;

/** Sets `_request_id` on a parsed object (not an array, not a page). */
export function addRequestID<T>(value: T, requestID: string | null): WithRequestID<T> {
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    Object.defineProperty(value, '_request_id', { value: requestID, enumerable: false, configurable: true });
  }
  return value as WithRequestID<T>;
}

/** What a call resolves to before its body is parsed. */
export interface RawResult {
  response: Response;
  requestID: string | null;
  /** Ends the attempt's timeout (the caller reads the body from here on). */
  release?: () => void;
}

/**
 * A call in flight: await it for the parsed body, or ask for `.withResponse()` (the body, the raw
 * Response and the request id) or `.asResponse()` (the raw Response, its body unread). Nothing is
 * parsed until asked.
 */
export class APIPromise<T> extends Promise<WithRequestID<T>> {
  #raw: Promise<RawResult>;
  #parse: (raw: RawResult) => Promise<T>;
  #parsed: Promise<WithRequestID<T>> | undefined;

  constructor(raw: Promise<RawResult>, parse: (raw: RawResult) => Promise<T>) {
    super((resolve) => resolve(null as WithRequestID<T>));
    this.#raw = raw;
    this.#parse = parse;
  }

  // `then` and friends return plain Promises (not APIPromises): the species is Promise.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The raw Response, its body unread. */
  asResponse(): Promise<Response> {
    return this.#raw.then((raw) => {
      raw.release?.();
      return raw.response;
    });
  }

  /** The parsed body, the raw Response and the request id. */
  async withResponse(): Promise<{ data: T; response: Response; request_id: string | null }> {
    const [data, raw] = await Promise.all([this.parse(), this.#raw]);
    return { data: data as T, response: raw.response, request_id: raw.requestID };
  }

  private parse(): Promise<WithRequestID<T>> {
    this.#parsed ??= this.#raw.then(async (raw) => addRequestID(await this.#parse(raw), raw.requestID));
    return this.#parsed;
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass is a thenable on purpose
  override then<R1 = WithRequestID<T>, R2 = never>(
    onfulfilled?: ((value: WithRequestID<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.parse().then(onfulfilled, onrejected);
  }

  override catch<R = never>(
    onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<WithRequestID<T> | R> {
    return this.parse().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<WithRequestID<T>> {
    return this.parse().finally(onfinally);
  }
}
