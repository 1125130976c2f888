// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The client's settings and the validation tables from the spec: data the runtime reads.
// biome-ignore-all lint/suspicious/noThenProperty: a rule's "then" is data, not a thenable
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template
import type { ClientConfig, OperationTables } from '../core/config.js';

export const CONFIG: ClientConfig = {
  name: 'Chatter',
  packageVersion: '0.1.0',
  baseURL: 'https://api.chatter.example/v1',
  baseURLEnv: '',
  credentials: [
    {
      key: 'api_key',
      option: 'apiKey',
      env: 'CHATTER_API_KEY',
      scheme: 'header',
      header: 'x-api-key',
      prefix: '',
    },
  ],
  headers: [
    {
      option: 'apiVersion',
      header: 'chatter-version',
      env: '',
      default: '2023-06-01',
      required: false,
    },
  ],
  errors: {
    envelope: 'error',
    message: 'message',
    type: 'type',
    code: '',
    param: '',
    requestIdHeader: 'request-id',
  },
  platformHeaders: [],
  validationEnv: '',
  logEnv: '',
  streamAccept: 'text/event-stream',
};

export const TABLES: OperationTables = {
  _generated: 'File generated from spec.yaml by sdkgen. DO NOT EDIT.',
  _models: {
    BatchRequest: {
      fields: {
        custom_id: {
          kinds: ['string'],
          required: true,
        },
        params: {
          kinds: ['map'],
          required: true,
          values: {
            kinds: ['any'],
          },
        },
      },
    },
    ImageBlock: {
      fields: {
        source: {
          kinds: ['object'],
          model: 'ImageSource',
          required: true,
        },
        type: {
          enum: ['image'],
          kinds: ['string'],
          required: true,
        },
      },
    },
    ImageSource: {
      fields: {
        data: {
          kinds: ['string'],
          required: true,
        },
        media_type: {
          enum: ['image/png', 'image/jpeg'],
          kinds: ['string'],
          required: true,
        },
        type: {
          enum: ['base64'],
          kinds: ['string'],
          required: true,
        },
      },
    },
    MessageParam: {
      fields: {
        content: {
          items: {
            kinds: ['object'],
            union: 'ContentBlock',
          },
          kinds: ['array'],
          required: true,
        },
        role: {
          enum: ['user', 'assistant'],
          kinds: ['string'],
          required: true,
        },
      },
    },
    TextBlock: {
      fields: {
        text: {
          kinds: ['string'],
          required: true,
        },
        type: {
          enum: ['text'],
          kinds: ['string'],
          required: true,
        },
      },
    },
    Tool: {
      fields: {
        description: {
          kinds: ['string'],
        },
        input_schema: {
          kinds: ['map'],
          required: true,
          values: {
            kinds: ['any'],
          },
        },
        name: {
          kinds: ['string'],
          pattern: '^[a-zA-Z0-9_-]{1,64}$',
          required: true,
        },
      },
    },
    ToolUseBlock: {
      fields: {
        id: {
          kinds: ['string'],
          required: true,
        },
        input: {
          kinds: ['map'],
          required: true,
          values: {
            kinds: ['any'],
          },
        },
        name: {
          kinds: ['string'],
          required: true,
        },
        type: {
          enum: ['tool_use'],
          kinds: ['string'],
          required: true,
        },
      },
    },
  },
  _unions: {
    ContentBlock: {
      discriminator: 'type',
      variants: {
        image: 'ImageBlock',
        text: 'TextBlock',
        tool_use: 'ToolUseBlock',
      },
    },
  },
  'messages.batches.create': {
    body: 'json',
    fields: {
      requests: {
        items: {
          kinds: ['object'],
          model: 'BatchRequest',
        },
        kinds: ['array'],
        required: true,
      },
    },
    method: 'POST',
    path: '/messages/batches',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'messages.batches.list': {
    body: 'json',
    fields: {
      after_id: {
        in: 'query',
        kinds: ['string'],
      },
      limit: {
        in: 'query',
        kinds: ['integer'],
        maximum: 1000,
        minimum: 1,
      },
    },
    method: 'GET',
    pagination: {
      after: {
        from: 'last_id',
        param: 'after_id',
      },
      has_more: 'has_more',
      items: 'data',
      style: 'cursor',
    },
    path: '/messages/batches',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'messages.batches.results': {
    body: 'json',
    fields: {
      message_batch_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'GET',
    path: '/messages/batches/{message_batch_id}/results',
    response: 'jsonl',
    rules: [],
    stream_param: '',
  },
  'messages.batches.retrieve': {
    body: 'json',
    fields: {
      message_batch_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'GET',
    path: '/messages/batches/{message_batch_id}',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'messages.create': {
    body: 'json',
    fields: {
      max_tokens: {
        kinds: ['integer'],
        minimum: 1,
        required: true,
      },
      messages: {
        items: {
          kinds: ['object'],
          model: 'MessageParam',
        },
        kinds: ['array'],
        required: true,
      },
      metadata: {
        kinds: ['map'],
        values: {
          kinds: ['string'],
        },
      },
      model: {
        kinds: ['string'],
        required: true,
      },
      stream: {
        kinds: ['boolean'],
      },
      temperature: {
        kinds: ['number'],
        maximum: 1,
        minimum: 0,
      },
      tools: {
        items: {
          kinds: ['object'],
          model: 'Tool',
        },
        kinds: ['array'],
      },
    },
    method: 'POST',
    path: '/messages',
    response: 'json',
    rules: [],
    stream: {
      always: false,
      discriminator: 'type',
      done: '[DONE]',
      error_event: 'error',
      keepalive: ['ping'],
    },
    stream_param: 'stream',
  },
  'models.list': {
    body: 'json',
    fields: {
      after_id: {
        in: 'query',
        kinds: ['string'],
      },
      before_id: {
        in: 'query',
        kinds: ['string'],
      },
      limit: {
        in: 'query',
        kinds: ['integer'],
        maximum: 1000,
        minimum: 1,
      },
    },
    method: 'GET',
    pagination: {
      after: {
        from: 'last_id',
        param: 'after_id',
      },
      before: {
        from: 'first_id',
        param: 'before_id',
      },
      has_more: 'has_more',
      items: 'data',
      style: 'cursor',
    },
    path: '/models',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'models.retrieve': {
    body: 'json',
    fields: {
      model_id: {
        in: 'path',
        kinds: ['string'],
        required: true,
      },
    },
    method: 'GET',
    path: '/models/{model_id}',
    response: 'json',
    rules: [],
    stream_param: '',
  },
};
