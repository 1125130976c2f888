// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import { BaseClient, type CoreClientOptions } from './core/client.js';
import * as Errors from './core/error.js';
import type * as Opts from './core/request-options.js';
import * as Uploads from './core/uploads.js';
import { CONFIG, TABLES } from './internal/tables.js';
import {
  Class,
  type AnyOne,
  type Class_2,
  type Either,
  type FooBar,
  type Foo_Bar,
  type KlassDelParams,
  type KlassImportParams_2,
  type KlassImportParams_2NonStreaming,
  type KlassImportParams_2Streaming,
  type None,
  type Type,
} from './resources/class.js';
import { Models, type KlassImportParams, type ModelGetParams } from './resources/models.js';

export interface ClientOptions extends CoreClientOptions {
  /** A credential (credentials); defaults to process.env["ODD_CREDENTIALS"]. */
  credentials?: string | null | undefined;

  /** Sent as the X-From header; defaults to process.env["ODD_FROM"]. */
  from_2?: string | null | undefined;

  /** Sent as the X-Timeout header; no default. */
  timeout_2?: string | null | undefined;
}

/** The API client: one instance per configuration; its resources send the requests. */
export class OddClient extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(options, CONFIG, TABLES);
  }

  class: Class = new Class(this);
  models: Models = new Models(this);

  static OddClient = this;
  static DEFAULT_TIMEOUT = 600000; // 10 minutes
  static OddClientError = Errors.OddClientError;
  static APIError = Errors.APIError;
  static APIConnectionError = Errors.APIConnectionError;
  static APIConnectionTimeoutError = Errors.APIConnectionTimeoutError;
  static APIUserAbortError = Errors.APIUserAbortError;
  static NotFoundError = Errors.NotFoundError;
  static ConflictError = Errors.ConflictError;
  static RateLimitError = Errors.RateLimitError;
  static BadRequestError = Errors.BadRequestError;
  static AuthenticationError = Errors.AuthenticationError;
  static InternalServerError = Errors.InternalServerError;
  static PermissionDeniedError = Errors.PermissionDeniedError;
  static UnprocessableEntityError = Errors.UnprocessableEntityError;
  static ParamValidationError = Errors.ParamValidationError;
  static toFile = Uploads.toFile;
}

OddClient.Class = Class;

OddClient.Models = Models;

export declare namespace OddClient {
  export type RequestOptions = Opts.RequestOptions;
  export { Class };
  export type {
    None,
    Type,
    AnyOne,
    FooBar,
    Foo_Bar,
    Class_2,
    Either,
    KlassDelParams,
    KlassImportParams_2,
    KlassImportParams_2NonStreaming,
    KlassImportParams_2Streaming,
  };
  export { Models };
  export type { KlassImportParams, ModelGetParams };
}
