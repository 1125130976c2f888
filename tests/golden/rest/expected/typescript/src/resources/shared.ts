// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

export type Genre = 'fiction' | 'history' | 'science';

/**
 * A person who wrote books.
 */
export interface Author {
  name: string;

  born?: string;
}

export interface Book {
  id: string;

  title: string;

  added_at?: string;

  author?: Author;

  genre?: Genre;

  isbn?: string;

  /**
   * Free-form labels.
   */
  metadata?: { [key: string]: string };

  tags?: Array<string>;
}
