// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import { BaseClient, type CoreClientOptions } from './core/client.js';
import * as Errors from './core/error.js';
import type * as Opts from './core/request-options.js';
import * as Uploads from './core/uploads.js';
import { CONFIG, TABLES } from './internal/tables.js';
import { Authors, type AuthorListParams, type AuthorPage } from './resources/authors.js';
import {
  Books,
  type BookCreateParams,
  type BookDeleted,
  type BookExportParams,
  type BookList,
  type BookListParams,
  type BookRateParams,
  type BookReplaceParams,
  type BookRetrieveParams,
  type BookUpdateParams,
  type BookUploadCoverParams,
  type QuoteBlock,
  type Review,
  type ReviewBlock,
  type ReviewList,
  type Stats,
  type TextBlock,
  type Vote,
} from './resources/books.js';
import {
  Feed,
  type BookAdded,
  type BookRemoved,
  type FeedEvent,
  type FeedStreamParams,
} from './resources/feed.js';
import type { Genre, Author, Book } from './resources/shared.js';

export interface ClientOptions extends CoreClientOptions {
  /** A credential (api_key); defaults to process.env["LIBRARY_API_KEY"]. */
  apiKey?: string | null | undefined;

  /** A credential (librarian_key); defaults to process.env["LIBRARY_LIBRARIAN_KEY"]. */
  librarianKey?: string | null | undefined;

  /** Sent as the Library-Version header; no default. */
  apiVersion?: string | null | undefined;

  /** Sent as the Library-Tenant header; defaults to process.env["LIBRARY_TENANT"]. */
  tenant?: string | null | undefined;
}

/** The API client: one instance per configuration; its resources send the requests. */
export class Library extends BaseClient {
  constructor(options: ClientOptions = {}) {
    super(options, CONFIG, TABLES);
  }

  authors: Authors = new Authors(this);
  books: Books = new Books(this);
  feed: Feed = new Feed(this);

  static Library = this;
  static DEFAULT_TIMEOUT = 600000; // 10 minutes
  static LibraryError = Errors.LibraryError;
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

Library.Authors = Authors;

Library.Books = Books;

Library.Feed = Feed;

export declare namespace Library {
  export type RequestOptions = Opts.RequestOptions;
  export { Authors };
  export type { AuthorPage, AuthorListParams };
  export { Books };
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
  export { Feed };
  export type { BookAdded, BookRemoved, FeedEvent, FeedStreamParams };
  export type { Genre, Author, Book };
}
