// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../../../core/api-promise.js';
import type { RequestOptions } from '../../../core/request-options.js';
import { APIResource } from '../../../core/resource.js';
import type { Vote } from '../../books.js';

/**
 * Whether readers found a review helpful.
 */
export class Votes extends APIResource {
  create(
    bookID: string,
    reviewID: string,
    body: VoteCreateParams,
    options?: RequestOptions,
  ): APIPromise<Vote> {
    return this._client.request(
      'books.reviews.votes.create',
      { ...body, book_id: bookID, review_id: reviewID },
      options,
    );
  }
}

export interface VoteCreateParams {
  helpful: boolean;
}

export declare namespace Votes {
  export type { VoteCreateParams };
}
