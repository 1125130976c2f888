// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The client's settings and the validation tables from the spec: data the runtime reads.
// biome-ignore-all lint/suspicious/noThenProperty: a rule's "then" is data, not a thenable
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template
import type { ClientConfig, OperationTables } from '../core/config.js';

export const CONFIG: ClientConfig = {
  name: 'OddClient',
  packageVersion: '0.0.1',
  baseURL: 'http://localhost:4010/v1',
  baseURLEnv: '',
  credentials: [
    {
      key: 'credentials',
      option: 'credentials',
      env: 'ODD_CREDENTIALS',
      scheme: 'basic',
      header: 'Authorization',
      prefix: 'Basic ',
    },
  ],
  headers: [
    {
      option: 'from_2',
      header: 'X-From',
      env: 'ODD_FROM',
      default: '',
      required: false,
    },
    {
      option: 'timeout_2',
      header: 'X-Timeout',
      env: '',
      default: '',
      required: false,
    },
  ],
  errors: {
    envelope: 'error',
    message: 'message',
    type: 'type',
    code: 'code',
    param: 'param',
    requestIdHeader: 'x-request-id',
  },
  platformHeaders: [],
  validationEnv: '',
  logEnv: '',
  streamAccept: 'text/event-stream',
};

export const TABLES: OperationTables = {
  _generated: 'File generated from spec.yaml by sdkgen. DO NOT EDIT.',
  'class.del': {
    body: 'multipart',
    fields: {
      file: {
        kinds: ['file'],
        required: true,
      },
      lambda: {
        kinds: ['string'],
      },
    },
    method: 'POST',
    path: '/del',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'class.import': {
    body: 'json',
    fields: {
      '1st': {
        kinds: ['integer'],
        maximum: 3,
        minimum: 1,
      },
      class: {
        enum: ['1024x1024', 'auto', 'a-b', 'a_b', 'None', 'true', 'class'],
        kinds: ['string'],
      },
      extra_headers: {
        kinds: ['string'],
      },
      from: {
        kinds: ['string'],
        required: true,
      },
      stream: {
        kinds: ['boolean'],
      },
      timeout: {
        kinds: ['number'],
        minimum: 0,
      },
      type: {
        enum: ['from', 'import'],
        kinds: ['string'],
        open: true,
      },
    },
    method: 'POST',
    path: '/import',
    response: 'json',
    rules: [
      {
        id: 'class-rule',
        message: '',
        then: [
          {
            maximum: 1,
            param: '1st',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'class',
            values: ['1024x1024'],
          },
        ],
      },
    ],
    stream: {
      always: false,
      discriminator: 'x',
      done: '[DONE]',
      error_event: '',
      keepalive: [],
    },
    stream_param: 'stream',
  },
  'models.get': {
    body: 'json',
    fields: {
      q: {
        kinds: ['string'],
      },
    },
    method: 'POST',
    path: '/models',
    response: 'json',
    rules: [],
    stream_param: '',
  },
};
