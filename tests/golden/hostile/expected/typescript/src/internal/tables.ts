// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The client's settings and the validation tables from the spec: data the runtime reads.
// biome-ignore-all lint/suspicious/noThenProperty: a rule's "then" is data, not a thenable
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template
import type { ClientConfig, OperationTables } from '../core/config.js';

export const CONFIG: ClientConfig = {
  name: 'HostileClient',
  packageVersion: '0.0.1',
  baseURL: "https://example.com/v1#\"; __import__('os').system('touch PWNED'); \"",
  baseURLEnv: '',
  credentials: [
    {
      key: 'api_key',
      option: 'apiKey',
      env: 'HOSTILE_API_KEY',
      scheme: 'bearer',
      header: 'Authorization',
      prefix: 'Bearer ',
    },
  ],
  headers: [
    {
      option: 'from_2',
      header: 'X-From',
      env: 'HOSTILE_FROM',
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
  logEnv: "HOSTILE_LOG\"; require('child_process').execSync('touch PWNED'); \"",
  streamAccept: 'text/event-stream',
};

export const TABLES: OperationTables = {
  _generated: 'File generated from spec.yaml by sdkgen. DO NOT EDIT.',
  'things.create': {
    body: 'json',
    fields: {
      class: {
        kinds: ['integer'],
        maximum: 5,
        minimum: 1,
      },
      mode: {
        enum: [
          'a"b',
          '${dollar}',
          '{{ brace }}',
          'back\\slash',
          '\ud83e\udda6 otter',
          'line\u2028break',
          'rtl\u202eevil',
        ],
        kinds: ['string'],
        open: true,
      },
      name: {
        kinds: ['string'],
        required: true,
      },
      stream: {
        kinds: ['boolean'],
      },
      'x-y z': {
        kinds: ['string'],
      },
    },
    method: 'POST',
    path: '/things',
    response: 'json',
    rules: [
      {
        id: 'odd-mode',
        message: 'Mode """ */ ${x} {{ x }} is not for class > 1 \\',
        then: [
          {
            maximum: 1,
            param: 'class',
          },
        ],
        when: [
          {
            label: 'modes """ */ {{ x }} ${x}',
            negate: false,
            param: 'mode',
            values: ['a"b'],
          },
        ],
      },
    ],
    stream: {
      always: false,
      discriminator: 'type',
      done: '[DONE]',
      error_event: '',
      keepalive: [],
    },
    stream_param: 'stream',
  },
};
