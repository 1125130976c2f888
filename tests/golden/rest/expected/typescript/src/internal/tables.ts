// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The client's settings and the validation tables from the spec: data the runtime reads.
// biome-ignore-all lint/suspicious/noThenProperty: a rule's "then" is data, not a thenable
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template
import type { ClientConfig, OperationTables } from '../core/config.js';

export const CONFIG: ClientConfig = {
  name: 'Library',
  packageVersion: '0.1.0',
  baseURL: 'http://localhost:4010/v2',
  baseURLEnv: '',
  credentials: [
    {
      key: 'api_key',
      option: 'apiKey',
      env: 'LIBRARY_API_KEY',
      scheme: 'header',
      header: 'x-api-key',
      prefix: '',
    },
    {
      key: 'librarian_key',
      option: 'librarianKey',
      env: 'LIBRARY_LIBRARIAN_KEY',
      scheme: 'bearer',
      header: 'Authorization',
      prefix: 'Bearer ',
    },
  ],
  headers: [
    {
      option: 'apiVersion',
      header: 'Library-Version',
      env: '',
      default: '2025-01-01',
      required: false,
    },
    {
      option: 'tenant',
      header: 'Library-Tenant',
      env: 'LIBRARY_TENANT',
      default: '',
      required: true,
    },
  ],
  errors: {
    envelope: '',
    message: 'detail',
    type: '',
    code: 'code',
    param: 'field',
    requestIdHeader: 'x-trace-id',
  },
  platformHeaders: [
    ['lang', 'X-Library-Lang'],
    ['package_version', 'X-Library-SDK-Version'],
    ['retry_count', 'X-Library-Attempt'],
  ],
  validationEnv: 'LIBRARY_VALIDATION',
  logEnv: '',
  streamAccept: 'text/event-stream',
};

export const TABLES: OperationTables = {
  _generated: 'File generated from spec.yaml by sdkgen. DO NOT EDIT.',
  _models: {
    Author: {
      fields: {
        born: {
          format: 'date',
          kinds: ['string'],
        },
        name: {
          kinds: ['string'],
          min_length: 1,
          required: true,
        },
      },
    },
    QuoteBlock: {
      fields: {
        page: {
          kinds: ['integer'],
          minimum: 1,
        },
        text: {
          kinds: ['string'],
          max_length: 500,
          required: true,
        },
        type: {
          enum: ['quote'],
          kinds: ['string'],
          required: true,
        },
      },
    },
    TextBlock: {
      fields: {
        text: {
          kinds: ['string'],
          max_length: 500,
          required: true,
        },
        type: {
          enum: ['text'],
          kinds: ['string'],
          required: true,
        },
      },
    },
  },
  _unions: {
    ReviewBlock: {
      default: 'text',
      discriminator: 'type',
      variants: {
        quote: 'QuoteBlock',
        text: 'TextBlock',
      },
    },
  },
  'authors.list': {
    body: 'json',
    fields: {
      page: {
        in: 'query',
        kinds: ['integer'],
        minimum: 1,
      },
    },
    method: 'GET',
    pagination: {
      items: 'items',
      param: 'page',
      style: 'page',
      total: 'total_pages',
    },
    path: '/authors',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.create': {
    body: 'json',
    fields: {
      author: {
        kinds: ['object'],
        model: 'Author',
      },
      genre: {
        enum: ['fiction', 'history', 'science'],
        kinds: ['string'],
      },
      isbn: {
        kinds: ['string'],
        pattern: '^[0-9]{13}$',
      },
      metadata: {
        kinds: ['map'],
        values: {
          kinds: ['string'],
        },
      },
      request_source: {
        header: 'X-Request-Source',
        in: 'header',
        kinds: ['string'],
      },
      tags: {
        items: {
          kinds: ['string'],
        },
        kinds: ['array'],
        max_items: 10,
      },
      title: {
        kinds: ['string'],
        min_length: 1,
        required: true,
      },
    },
    method: 'POST',
    path: '/books',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.delete': {
    auth: ['librarian_key', 'api_key'],
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'DELETE',
    path: '/books/{book_id}',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.download_cover': {
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'GET',
    path: '/books/{book_id}/cover',
    response: 'binary',
    rules: [],
    stream_param: '',
  },
  'books.exists': {
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'HEAD',
    path: '/books/{book_id}',
    response: 'none',
    rules: [],
    stream_param: '',
  },
  'books.export': {
    body: 'json',
    fields: {
      genre: {
        enum: ['fiction', 'history', 'science'],
        in: 'query',
        kinds: ['string'],
      },
    },
    method: 'GET',
    path: '/books/export',
    response: 'jsonl',
    rules: [],
    stream_param: '',
  },
  'books.list': {
    body: 'json',
    fields: {
      added_after: {
        format: 'date-time',
        in: 'query',
        kinds: ['string'],
      },
      after: {
        in: 'query',
        kinds: ['string'],
      },
      available: {
        in: 'query',
        kinds: ['boolean'],
      },
      genre: {
        enum: ['fiction', 'history', 'science'],
        in: 'query',
        kinds: ['string'],
      },
      limit: {
        in: 'query',
        kinds: ['integer'],
        maximum: 100,
        minimum: 1,
      },
      tags: {
        in: 'query',
        items: {
          kinds: ['string'],
        },
        kinds: ['array'],
      },
    },
    method: 'GET',
    pagination: {
      after: {
        item: 'id',
        param: 'after',
      },
      has_more: 'has_more',
      items: 'data',
      style: 'cursor',
    },
    path: '/books',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.rate': {
    body: 'form',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
      moods: {
        items: {
          enum: ['happy', 'sad'],
          kinds: ['string'],
        },
        kinds: ['array'],
      },
      spoilers: {
        kinds: ['boolean'],
      },
      stars: {
        kinds: ['integer'],
        maximum: 5,
        minimum: 1,
        required: true,
      },
    },
    method: 'POST',
    path: '/books/{book_id}/ratings',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.replace': {
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
      title: {
        kinds: ['string'],
        required: true,
      },
      version: {
        in: 'query',
        kinds: ['integer'],
        minimum: 1,
      },
    },
    method: 'PUT',
    path: '/books/{book_id}',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.retrieve': {
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
      fields: {
        in: 'query',
        items: {
          enum: ['title', 'genre', 'tags'],
          kinds: ['string'],
        },
        kinds: ['array'],
        style: 'comma',
      },
    },
    method: 'GET',
    path: '/books/{book_id}',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.reviews.create': {
    body: 'json',
    fields: {
      blocks: {
        items: {
          kinds: ['object'],
          union: 'ReviewBlock',
        },
        kinds: ['array'],
        min_items: 1,
        required: true,
      },
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
      stars: {
        kinds: ['integer'],
        maximum: 5,
        minimum: 1,
        required: true,
      },
    },
    method: 'POST',
    path: '/books/{book_id}/reviews',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.reviews.delete': {
    auth: ['librarian_key'],
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
      review_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'DELETE',
    path: '/books/{book_id}/reviews/{review_id}',
    response: 'none',
    rules: [],
    stream_param: '',
  },
  'books.reviews.list': {
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
      limit: {
        in: 'query',
        kinds: ['integer'],
        maximum: 50,
        minimum: 1,
      },
      offset: {
        in: 'query',
        kinds: ['integer'],
        minimum: 0,
      },
    },
    method: 'GET',
    pagination: {
      items: 'data',
      param: 'offset',
      style: 'offset',
      total: 'total',
    },
    path: '/books/{book_id}/reviews',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.reviews.votes.create': {
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
      helpful: {
        kinds: ['boolean'],
        required: true,
      },
      review_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'POST',
    path: '/books/{book_id}/reviews/{review_id}/votes',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.similar': {
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'GET',
    path: '/books/{book_id}/similar',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.stats': {
    body: 'json',
    fields: {},
    method: 'GET',
    path: '/books/stats',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.summary': {
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'GET',
    path: '/books/{book_id}/summary',
    response: 'text',
    rules: [],
    stream_param: '',
  },
  'books.update': {
    body: 'json',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
      genre: {
        enum: ['fiction', 'history', 'science'],
        kinds: ['string'],
      },
      title: {
        kinds: ['string'],
        min_length: 1,
      },
    },
    method: 'PATCH',
    path: '/books/{book_id}',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'books.upload_cover': {
    body: 'binary',
    fields: {
      book_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
      cover: {
        kinds: ['file'],
        required: true,
      },
    },
    method: 'PUT',
    path: '/books/{book_id}/cover',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'feed.stream': {
    body: 'json',
    fields: {
      genre: {
        enum: ['fiction', 'history', 'science'],
        in: 'query',
        kinds: ['string'],
      },
    },
    method: 'GET',
    path: '/feed',
    response: 'json',
    rules: [],
    stream: {
      always: true,
      discriminator: 'type',
      done: '[DONE]',
      error_event: 'error',
      keepalive: ['ping'],
    },
    stream_param: '',
  },
};
