// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import { BaseClient, type CoreClientOptions } from './core/client.js';
import * as Errors from './core/error.js';
import type * as Opts from './core/request-options.js';
import * as Uploads from './core/uploads.js';
import { CONFIG, TABLES } from './internal/tables.js';
import {
  Drawings,
  type Circle,
  type Color,
  type Drawing,
  type DrawingCreateParams,
  type Point,
  type Polygon,
  type Shape,
} from './resources/drawings.js';
import { Trees, type Owner, type TreeGrowParams, type TreeNode } from './resources/trees.js';

export interface ClientOptions extends CoreClientOptions {}

/** The API client: one instance per configuration; its resources send the requests. */
export class NestClient extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(options, CONFIG, TABLES);
  }

  drawings: Drawings = new Drawings(this);
  trees: Trees = new Trees(this);

  static NestClient = this;
  static DEFAULT_TIMEOUT = 600000; // 10 minutes
  static NestClientError = Errors.NestClientError;
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

NestClient.Drawings = Drawings;

NestClient.Trees = Trees;

export declare namespace NestClient {
  export type RequestOptions = Opts.RequestOptions;
  export { Drawings };
  export type { Color, Circle, Drawing, Point, Polygon, Shape, DrawingCreateParams };
  export { Trees };
  export type { Owner, TreeNode, TreeGrowParams };
}
