// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';

export class Models extends APIResource {
  get(body: ModelGetParams | null | undefined = {}, options?: RequestOptions): APIPromise<KlassImportParams> {
    return this._client.request('models.get', body, options);
  }
}

/**
 * Named like the params type of class.import.
 */
export interface KlassImportParams {
  p?: string;
}

export interface ModelGetParams {
  q?: string | null;
}

export declare namespace Models {
  export type { KlassImportParams, ModelGetParams };
}
