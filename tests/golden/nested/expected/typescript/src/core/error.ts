// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The SDK's errors (the names the common TypeScript SDKs use): everything the client throws is one of these.

import type { ErrorConfig } from './config.js';

/** The base of every error the SDK throws. */
export class NestClientError extends Error {}

/** The API answered with an error status, or a stream sent an error event. */
export class APIError extends NestClientError {
  /** The HTTP status of the response (undefined for an error event in a stream). */
  readonly status: number | undefined;
  /** The response's headers. */
  readonly headers: Headers | undefined;
  /** The error object of the body (the spec's error envelope), as sent. */
  readonly error: object | undefined;
  readonly code: string | null | undefined;
  readonly param: string | null | undefined;
  readonly type: string | undefined;
  /** The request id the server sent back. */
  readonly requestID: string | null | undefined;

  constructor(
    status: number | undefined,
    error: object | undefined,
    message: string | undefined,
    headers: Headers | undefined,
    fields: ErrorFields = {},
  ) {
    super(APIError.makeMessage(status, error, message));
    this.status = status;
    this.headers = headers;
    this.error = error;
    this.code = fields.code;
    this.param = fields.param;
    this.type = fields.type;
    this.requestID = fields.requestID;
  }

  private static makeMessage(
    status: number | undefined,
    error: unknown,
    message: string | undefined,
  ): string {
    const text = message || (error ? JSON.stringify(error) : '');
    if (status && text) return `${status} ${text}`;
    if (status) return `${status} status code (no body)`;
    return text || '(no status code or body)';
  }

  /** The error class for a status (BadRequestError for 400, ...). */
  static generate(
    status: number | undefined,
    error: object | undefined,
    message: string | undefined,
    headers: Headers | undefined,
    fields: ErrorFields = {},
  ): APIError {
    const cls =
      status === undefined
        ? APIError
        : (BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError));
    return new cls(status, error, message, headers, fields);
  }
}

/** An error body read where the spec's client.errors points: the error object, its message and fields. */
export function readErrorBody(
  body: unknown,
  config: ErrorConfig,
): { error: object | undefined; message: string | undefined; fields: ErrorFields } {
  const outer = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
  const inner = config.envelope ? outer?.[config.envelope] : outer;
  const obj = typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : undefined;
  const text = (key: string) => {
    const value = key && obj ? obj[key] : undefined;
    return typeof value === 'string' ? value : value === null ? null : undefined;
  };
  const message = text(config.message);
  return {
    error: obj ?? (typeof body === 'object' && body !== null ? body : undefined),
    message: message ?? undefined,
    fields: { code: text(config.code), param: text(config.param), type: text(config.type) ?? undefined },
  };
}

/** What an error body says beyond its message (read where the spec's client.errors points). */
export interface ErrorFields {
  code?: string | null | undefined;
  param?: string | null | undefined;
  type?: string | undefined;
  requestID?: string | null | undefined;
}

export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}

const BY_STATUS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** No response: the connection failed, or the stream was cut short. */
export class APIConnectionError extends APIError {
  constructor({ message, cause }: { message?: string | undefined; cause?: unknown } = {}) {
    super(undefined, undefined, message || 'Connection error.', undefined);
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** The request (or the wait for the next event of a stream) took longer than the timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {
  constructor({ message }: { message?: string | undefined } = {}) {
    super({ message: message ?? 'Request timed out.' });
  }
}

/** The caller's AbortSignal aborted the request. */
export class APIUserAbortError extends APIError {
  constructor({ message }: { message?: string | undefined } = {}) {
    super(undefined, undefined, message || 'Request was aborted.', undefined);
  }
}

/** A redirect the SDK does not follow: to another origin (the credentials stay where they were sent). */
export class APIRedirectError extends APIError {}

/** A response the SDK cannot use: not the declared JSON, not UTF-8, or larger than maxResponseBytes. */
export class APIResponseValidationError extends NestClientError {
  readonly response: Response | undefined;
  readonly body: unknown;

  constructor(message: string, options: { response?: Response | undefined; body?: unknown } = {}) {
    super(message);
    this.response = options.response;
    this.body = options.body;
  }
}

/** Params that break the spec, found before anything was sent; `problems` lists each. */
export class ParamValidationError extends NestClientError {
  readonly operation: string;
  readonly problems: string[];

  constructor(operation: string, problems: string[]) {
    super(`${operation}: ${problems.join('; ')}`);
    this.operation = operation;
    this.problems = problems;
  }
}

for (const cls of [
  NestClientError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  APIRedirectError,
  APIResponseValidationError,
  ParamValidationError,
]) {
  Object.defineProperty(cls.prototype, 'name', { value: cls.name, enumerable: false });
}
