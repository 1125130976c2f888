// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
import type { Stream } from '../core/streaming.js';
import type { Book, Genre } from './shared.js';

/**
 * The catalog's changes as they happen.
 */
export class Feed extends APIResource {
  stream(
    query: FeedStreamParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<Stream<FeedEvent>> {
    return this._client.request('feed.stream', query, options);
  }
}

/**
 * What happens in the catalog.
 */
export type FeedEvent = BookAdded | BookRemoved;

export interface BookAdded {
  book: Book;

  type: 'book.added';
}

export interface BookRemoved {
  id: string;

  type: 'book.removed';
}

export interface FeedStreamParams {
  genre?: Genre | null;
}

export declare namespace Feed {
  export type { BookAdded, BookRemoved, FeedEvent, FeedStreamParams };
}
