// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../../core/api-promise.js';
import type { Page, PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { JSONLDecoder } from '../../core/streaming.js';
import type { BatchRequest, BatchResult, MessageBatch } from '../messages.js';

export class Batches extends APIResource {
  create(body: BatchCreateParams, options?: RequestOptions): APIPromise<MessageBatch> {
    return this._client.request('messages.batches.create', body, options);
  }

  list(
    query: BatchListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<Page<MessageBatch>, MessageBatch> {
    return this._client.requestPage<MessageBatch>('messages.batches.list', query, options);
  }

  results(messageBatchID: string, options?: RequestOptions): APIPromise<JSONLDecoder<BatchResult>> {
    return this._client.request('messages.batches.results', { message_batch_id: messageBatchID }, options);
  }

  retrieve(messageBatchID: string, options?: RequestOptions): APIPromise<MessageBatch> {
    return this._client.request('messages.batches.retrieve', { message_batch_id: messageBatchID }, options);
  }
}

export interface BatchCreateParams {
  requests: Array<BatchRequest>;
}

export interface BatchListParams {
  after_id?: string | null;

  limit?: number | null;
}

export declare namespace Batches {
  export type { BatchCreateParams, BatchListParams };
}
