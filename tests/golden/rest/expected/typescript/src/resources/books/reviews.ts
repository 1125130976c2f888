// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../../core/api-promise.js';
import type { Page, PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import { APIResource } from '../../core/resource.js';
import type { Review, ReviewBlock } from '../books.js';
import { Votes, type VoteCreateParams } from './reviews/votes.js';

/**
 * Readers' reviews of a book.
 */
export class Reviews extends APIResource {
  votes: Votes = new Votes(this._client);

  create(bookID: string, body: ReviewCreateParams, options?: RequestOptions): APIPromise<Review> {
    return this._client.request('books.reviews.create', { ...body, book_id: bookID }, options);
  }

  delete(bookID: string, reviewID: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request('books.reviews.delete', { book_id: bookID, review_id: reviewID }, options);
  }

  list(
    bookID: string,
    query: ReviewListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<Page<Review>, Review> {
    return this._client.requestPage<Review>('books.reviews.list', { ...query, book_id: bookID }, options);
  }
}

export interface ReviewCreateParams {
  blocks: Array<ReviewBlock>;

  stars: number;
}

export interface ReviewListParams {
  limit?: number | null;

  offset?: number | null;
}

Reviews.Votes = Votes;

export declare namespace Reviews {
  export { Votes };
  export type { VoteCreateParams };
  export type { ReviewCreateParams, ReviewListParams };
}
