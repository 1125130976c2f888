// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../core/api-promise.js';
import type { Page, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
import type { JSONLDecoder } from '../core/streaming.js';
import type { Uploadable } from '../core/uploads.js';
import { Reviews, type ReviewCreateParams, type ReviewListParams } from './books/reviews.js';
import type { Author, Book, Genre } from './shared.js';

/**
 * The books of the catalog.
 */
export class Books extends APIResource {
  reviews: Reviews = new Reviews(this._client);

  create(params: BookCreateParams, options?: RequestOptions): APIPromise<Book> {
    return this._client.request('books.create', params, options);
  }

  delete(bookID: string, options?: RequestOptions): APIPromise<BookDeleted> {
    return this._client.request('books.delete', { book_id: bookID }, options);
  }

  downloadCover(bookID: string, options?: RequestOptions): APIPromise<Response> {
    return this._client.request('books.download_cover', { book_id: bookID }, options);
  }

  exists(bookID: string, options?: RequestOptions): APIPromise<void> {
    return this._client.request('books.exists', { book_id: bookID }, options);
  }

  export(
    query: BookExportParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<JSONLDecoder<Book>> {
    return this._client.request('books.export', query, options);
  }

  list(
    query: BookListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<Page<Book>, Book> {
    return this._client.requestPage<Book>('books.list', query, options);
  }

  rate(bookID: string, body: BookRateParams, options?: RequestOptions): APIPromise<Book> {
    return this._client.request('books.rate', { ...body, book_id: bookID }, options);
  }

  replace(bookID: string, params: BookReplaceParams, options?: RequestOptions): APIPromise<Book> {
    return this._client.request('books.replace', { ...params, book_id: bookID }, options);
  }

  retrieve(
    bookID: string,
    query: BookRetrieveParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<Book> {
    return this._client.request('books.retrieve', { ...query, book_id: bookID }, options);
  }

  similar(bookID: string, options?: RequestOptions): APIPromise<Array<Book>> {
    return this._client.request('books.similar', { book_id: bookID }, options);
  }

  stats(options?: RequestOptions): APIPromise<Stats> {
    return this._client.request('books.stats', undefined, options);
  }

  summary(bookID: string, options?: RequestOptions): APIPromise<string> {
    return this._client.request('books.summary', { book_id: bookID }, options);
  }

  update(
    bookID: string,
    body: BookUpdateParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<Book> {
    return this._client.request('books.update', { ...body, book_id: bookID }, options);
  }

  uploadCover(bookID: string, body: BookUploadCoverParams, options?: RequestOptions): APIPromise<Book> {
    return this._client.request('books.upload_cover', { ...body, book_id: bookID }, options);
  }
}

/**
 * A part of a review; a block without a type is text.
 */
export type ReviewBlock = TextBlock | QuoteBlock;

export interface BookDeleted {
  deleted: boolean;

  id: string;
}

export interface BookList {
  data: Array<Book>;

  has_more: boolean;
}

export interface QuoteBlock {
  text: string;

  type: 'quote';

  page?: number;
}

export interface Review {
  blocks: Array<ReviewBlock>;

  id: string;

  stars: number;

  created_at?: string;
}

export interface ReviewList {
  data: Array<Review>;

  total: number;
}

/**
 * Counts of the catalog; one extra key per genre with its count.
 */
export interface Stats {
  total: number;

  [key: string]: number | undefined;
}

export interface TextBlock {
  text: string;

  type: 'text';
}

export interface Vote {
  helpful: boolean;

  review_id: string;
}

export interface BookCreateParams {
  title: string;

  author?: Author | null;

  genre?: Genre | null;

  isbn?: string | null;

  metadata?: { [key: string]: string } | null;

  request_source?: string | null;

  tags?: Array<string> | null;
}

export interface BookExportParams {
  genre?: Genre | null;
}

export interface BookListParams {
  added_after?: string | null;

  after?: string | null;

  available?: boolean | null;

  genre?: Genre | null;

  limit?: number | null;

  tags?: Array<string> | null;
}

export interface BookRateParams {
  stars: number;

  moods?: Array<'happy' | 'sad'> | null;

  spoilers?: boolean | null;
}

export interface BookReplaceParams {
  title: string;

  version?: number | null;
}

export interface BookRetrieveParams {
  fields?: Array<'title' | 'genre' | 'tags'> | null;
}

export interface BookUpdateParams {
  genre?: Genre | null;

  title?: string | null;
}

export interface BookUploadCoverParams {
  cover: Uploadable;
}

Books.Reviews = Reviews;

export declare namespace Books {
  export { Reviews };
  export type { ReviewCreateParams, ReviewListParams };
  export type {
    BookDeleted,
    BookList,
    QuoteBlock,
    Review,
    ReviewList,
    Stats,
    TextBlock,
    Vote,
    ReviewBlock,
    BookCreateParams,
    BookExportParams,
    BookListParams,
    BookRateParams,
    BookReplaceParams,
    BookRetrieveParams,
    BookUpdateParams,
    BookUploadCoverParams,
  };
}
