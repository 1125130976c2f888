// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import { BaseClient, type CoreClientOptions } from './core/client.js';
import * as Errors from './core/error.js';
import type * as Opts from './core/request-options.js';
import * as Uploads from './core/uploads.js';
import { CONFIG, TABLES } from './internal/tables.js';
import {
  Things,
  type Done,
  type Event,
  type Mode,
  type Started,
  type Thing,
  type ThingCreateParams,
  type ThingCreateParamsNonStreaming,
  type ThingCreateParamsStreaming,
} from './resources/things.js';

export interface ClientOptions extends CoreClientOptions {
  /** A credential (api_key); defaults to process.env["HOSTILE_API_KEY"]. */
  apiKey?: string | null | undefined;

  /** Sent as the X-From header; defaults to process.env["HOSTILE_FROM"]. */
  from_2?: string | null | undefined;
}

/** The API client: one instance per configuration; its resources send the requests. */
export class HostileClient extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(options, CONFIG, TABLES);
  }

  things: Things = new Things(this);

  static HostileClient = this;
  static DEFAULT_TIMEOUT = 600000; // 10 minutes
  static HostileClientError = Errors.HostileClientError;
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

HostileClient.Things = Things;

export declare namespace HostileClient {
  export type RequestOptions = Opts.RequestOptions;
  export { Things };
  export type {
    Mode,
    Done,
    Started,
    Thing,
    Event,
    ThingCreateParams,
    ThingCreateParamsNonStreaming,
    ThingCreateParamsStreaming,
  };
}
