// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../core/api-promise.js';
import type { Page, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';

export class Models extends APIResource {
  list(
    query: ModelListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<Page<ModelInfo>, ModelInfo> {
    return this._client.requestPage<ModelInfo>('models.list', query, options);
  }

  retrieve(modelID: string, options?: RequestOptions): APIPromise<ModelInfo> {
    return this._client.request('models.retrieve', { model_id: modelID }, options);
  }
}

export interface ModelInfo {
  created_at: string;

  display_name: string;

  id: string;
}

export interface ModelList {
  data: Array<ModelInfo>;

  has_more: boolean;

  first_id?: string | null;

  last_id?: string | null;
}

export interface ModelListParams {
  after_id?: string | null;

  before_id?: string | null;

  limit?: number | null;
}

export declare namespace Models {
  export type { ModelInfo, ModelList, ModelListParams };
}
