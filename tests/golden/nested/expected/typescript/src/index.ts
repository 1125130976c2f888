// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

export { NestClient as default } from './client.js';

export { NestClient, type ClientOptions } from './client.js';
export { type Uploadable, type ToFileInput, toFile } from './core/uploads.js';
export { APIPromise } from './core/api-promise.js';
export { Page, PagePromise } from './core/pagination.js';
export { Stream, JSONLDecoder } from './core/streaming.js';
export type { RequestOptions } from './core/request-options.js';
export {
  NestClientError,
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  APIRedirectError,
  APIResponseValidationError,
  ParamValidationError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  BadRequestError,
  AuthenticationError,
  InternalServerError,
  PermissionDeniedError,
  UnprocessableEntityError,
} from './core/error.js';
