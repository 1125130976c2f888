// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import { BaseClient, type CoreClientOptions } from './core/client.js';
import * as Errors from './core/error.js';
import type * as Opts from './core/request-options.js';
import * as Uploads from './core/uploads.js';
import { CONFIG, TABLES } from './internal/tables.js';
import {
  Images,
  type Image,
  type ImageCreateVariationParams,
  type ImageEditCompletedEvent,
  type ImageEditParams,
  type ImageEditParamsNonStreaming,
  type ImageEditParamsStreaming,
  type ImageEditPartialImageEvent,
  type ImageEditStreamEvent,
  type ImageGenCompletedEvent,
  type ImageGenPartialImageEvent,
  type ImageGenStreamEvent,
  type ImageGenerateParams,
  type ImageGenerateParamsNonStreaming,
  type ImageGenerateParamsStreaming,
  type ImageModel,
  type ImagesResponse,
} from './resources/images.js';

export interface ClientOptions extends CoreClientOptions {
  /** A credential (api_key); defaults to process.env["OPENAI_API_KEY"]. */
  apiKey?: string | null | undefined;

  /** A credential (admin_api_key); defaults to process.env["OPENAI_ADMIN_KEY"]. */
  adminAPIKey?: string | null | undefined;

  /** Sent as the OpenAI-Organization header; defaults to process.env["OPENAI_ORG_ID"]. */
  organization?: string | null | undefined;

  /** Sent as the OpenAI-Project header; defaults to process.env["OPENAI_PROJECT_ID"]. */
  project?: string | null | undefined;
}

/** The API client: one instance per configuration; its resources send the requests. */
export class OpenAI extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(options, CONFIG, TABLES);
  }

  images: Images = new Images(this);

  static OpenAI = this;
  static DEFAULT_TIMEOUT = 600000; // 10 minutes
  static OpenAIError = Errors.OpenAIError;
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

OpenAI.Images = Images;

export declare namespace OpenAI {
  export type RequestOptions = Opts.RequestOptions;
  export { Images };
  export type {
    ImageModel,
    Image,
    ImageEditCompletedEvent,
    ImageEditPartialImageEvent,
    ImageGenCompletedEvent,
    ImageGenPartialImageEvent,
    ImagesResponse,
    ImageEditStreamEvent,
    ImageGenStreamEvent,
    ImageCreateVariationParams,
    ImageEditParams,
    ImageEditParamsNonStreaming,
    ImageEditParamsStreaming,
    ImageGenerateParams,
    ImageGenerateParamsNonStreaming,
    ImageGenerateParamsStreaming,
  };
}
