// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { Page, PagePromise } from '../core/pagination.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
import type { Author } from './shared.js';

/**
 * The authors of the catalog's books.
 */
export class Authors extends APIResource {
  list(
    query: AuthorListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<Page<Author>, Author> {
    return this._client.requestPage<Author>('authors.list', query, options);
  }
}

export interface AuthorPage {
  items: Array<Author>;

  page: number;

  total_pages: number;
}

export interface AuthorListParams {
  page?: number | null;
}

export declare namespace Authors {
  export type { AuthorPage, AuthorListParams };
}
