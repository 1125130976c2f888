// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import { BaseClient, type CoreClientOptions } from './core/client.js';
import * as Errors from './core/error.js';
import type * as Opts from './core/request-options.js';
import * as Uploads from './core/uploads.js';
import { CONFIG, TABLES } from './internal/tables.js';
import {
  Messages,
  type BatchList,
  type BatchRequest,
  type BatchResult,
  type ContentBlock,
  type ContentBlockDeltaEvent,
  type ImageBlock,
  type ImageSource,
  type Message,
  type MessageBatch,
  type MessageCreateParams,
  type MessageCreateParamsNonStreaming,
  type MessageCreateParamsStreaming,
  type MessageParam,
  type MessageStartEvent,
  type MessageStopEvent,
  type MessageStreamEvent,
  type Role,
  type StopReason,
  type TextBlock,
  type Tool,
  type ToolUseBlock,
  type Usage,
} from './resources/messages.js';
import { Models, type ModelInfo, type ModelList, type ModelListParams } from './resources/models.js';

export interface ClientOptions extends CoreClientOptions {
  /** A credential (api_key); defaults to process.env["CHATTER_API_KEY"]. */
  apiKey?: string | null | undefined;

  /** Sent as the chatter-version header; no default. */
  apiVersion?: string | null | undefined;
}

/** The API client: one instance per configuration; its resources send the requests. */
export class Chatter extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(options, CONFIG, TABLES);
  }

  messages: Messages = new Messages(this);
  models: Models = new Models(this);

  static Chatter = this;
  static DEFAULT_TIMEOUT = 600000; // 10 minutes
  static ChatterError = Errors.ChatterError;
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

Chatter.Messages = Messages;

Chatter.Models = Models;

export declare namespace Chatter {
  export type RequestOptions = Opts.RequestOptions;
  export { Messages };
  export type {
    Role,
    StopReason,
    BatchList,
    BatchRequest,
    BatchResult,
    ContentBlockDeltaEvent,
    ImageBlock,
    ImageSource,
    Message,
    MessageBatch,
    MessageParam,
    MessageStartEvent,
    MessageStopEvent,
    TextBlock,
    Tool,
    ToolUseBlock,
    Usage,
    ContentBlock,
    MessageStreamEvent,
    MessageCreateParams,
    MessageCreateParamsNonStreaming,
    MessageCreateParamsStreaming,
  };
  export { Models };
  export type { ModelInfo, ModelList, ModelListParams };
}
