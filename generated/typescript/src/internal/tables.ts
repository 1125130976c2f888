// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The client's settings and the validation tables from the spec: data the runtime reads.
// biome-ignore-all lint/suspicious/noThenProperty: a rule's "then" is data, not a thenable
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template
import type { ClientConfig, OperationTables } from '../core/config.js';

export const CONFIG: ClientConfig = {
  name: 'OpenAI',
  packageVersion: '0.1.0',
  baseURL: 'https://api.openai.com/v1',
  baseURLEnv: 'OPENAI_BASE_URL',
  credentials: [
    {
      key: 'api_key',
      option: 'apiKey',
      env: 'OPENAI_API_KEY',
      scheme: 'bearer',
      header: 'Authorization',
      prefix: 'Bearer ',
    },
    {
      key: 'admin_api_key',
      option: 'adminAPIKey',
      env: 'OPENAI_ADMIN_KEY',
      scheme: 'bearer',
      header: 'Authorization',
      prefix: 'Bearer ',
    },
  ],
  headers: [
    {
      option: 'organization',
      header: 'OpenAI-Organization',
      env: 'OPENAI_ORG_ID',
      default: '',
      required: false,
    },
    {
      option: 'project',
      header: 'OpenAI-Project',
      env: 'OPENAI_PROJECT_ID',
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
  platformHeaders: [
    ['user_agent', 'User-Agent'],
    ['lang', 'X-Stainless-Lang'],
    ['package_version', 'X-Stainless-Package-Version'],
    ['os', 'X-Stainless-OS'],
    ['arch', 'X-Stainless-Arch'],
    ['runtime', 'X-Stainless-Runtime'],
    ['runtime_version', 'X-Stainless-Runtime-Version'],
    ['async', 'X-Stainless-Async'],
    ['read_timeout', 'X-Stainless-Read-Timeout'],
    ['timeout', 'X-Stainless-Timeout'],
    ['retry_count', 'X-Stainless-Retry-Count'],
  ],
  validationEnv: 'OPENAI_VALIDATION',
  logEnv: 'OPENAI_LOG',
  streamAccept: 'application/json',
};

export const TABLES: OperationTables = {
  _generated: 'File generated from images.yaml by sdkgen. DO NOT EDIT.',
  'images.create_variation': {
    body: 'multipart',
    fields: {
      image: {
        kinds: ['file'],
        required: true,
      },
      model: {
        enum: [
          'gpt-image-1.5',
          'dall-e-2',
          'dall-e-3',
          'gpt-image-1',
          'gpt-image-1-mini',
          'gpt-image-2',
          'gpt-image-2-2026-04-21',
          'chatgpt-image-latest',
        ],
        kinds: ['string'],
        open: true,
      },
      n: {
        kinds: ['integer'],
        maximum: 10,
        minimum: 1,
      },
      response_format: {
        enum: ['url', 'b64_json'],
        kinds: ['string'],
      },
      size: {
        enum: ['256x256', '512x512', '1024x1024'],
        kinds: ['string'],
      },
      user: {
        kinds: ['string'],
      },
    },
    method: 'POST',
    path: '/images/variations',
    response: 'json',
    rules: [
      {
        id: 'variation-dall-e-2-only',
        message: 'Only dall-e-2 is supported for variations at this time.',
        then: [
          {
            disallowed: [
              'dall-e-3',
              'gpt-image-1',
              'gpt-image-1-mini',
              'gpt-image-1.5',
              'gpt-image-2',
              'gpt-image-2-2026-04-21',
              'chatgpt-image-latest',
            ],
            param: 'model',
          },
        ],
        when: [],
      },
    ],
    stream_param: '',
  },
  'images.edit': {
    body: 'multipart',
    fields: {
      background: {
        enum: ['transparent', 'opaque', 'auto'],
        kinds: ['string'],
      },
      image: {
        items: {
          kinds: ['file'],
        },
        kinds: ['file', 'array'],
        max_items: 16,
        min_items: 1,
        required: true,
      },
      input_fidelity: {
        enum: ['high', 'low'],
        kinds: ['string'],
      },
      mask: {
        kinds: ['file'],
      },
      model: {
        enum: [
          'gpt-image-1.5',
          'dall-e-2',
          'dall-e-3',
          'gpt-image-1',
          'gpt-image-1-mini',
          'gpt-image-2',
          'gpt-image-2-2026-04-21',
          'chatgpt-image-latest',
        ],
        kinds: ['string'],
        open: true,
      },
      n: {
        kinds: ['integer'],
        maximum: 10,
        minimum: 1,
      },
      output_compression: {
        kinds: ['integer'],
        maximum: 100,
        minimum: 0,
      },
      output_format: {
        enum: ['png', 'jpeg', 'webp'],
        kinds: ['string'],
      },
      partial_images: {
        kinds: ['integer'],
        maximum: 3,
        minimum: 0,
      },
      prompt: {
        kinds: ['string'],
        max_length: 32000,
        required: true,
      },
      quality: {
        enum: ['standard', 'low', 'medium', 'high', 'auto'],
        kinds: ['string'],
      },
      response_format: {
        enum: ['url', 'b64_json'],
        kinds: ['string'],
      },
      size: {
        enum: ['256x256', '512x512', '1024x1024', '1536x1024', '1024x1536', 'auto'],
        kinds: ['string'],
        open: true,
      },
      stream: {
        kinds: ['boolean'],
      },
      user: {
        kinds: ['string'],
      },
    },
    method: 'POST',
    path: '/images/edits',
    response: 'json',
    rules: [
      {
        id: 'edit-models',
        message: 'The edit endpoint supports dall-e-2 and the GPT image models.',
        then: [
          {
            disallowed: ['dall-e-3'],
            param: 'model',
          },
        ],
        when: [],
      },
      {
        id: 'prompt-length-dall-e-2',
        message: '',
        then: [
          {
            max_length: 1000,
            param: 'prompt',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-2'],
          },
        ],
      },
      {
        id: 'one-image-dall-e-2',
        message: 'For dall-e-2, you can only provide one image.',
        then: [
          {
            max_items: 1,
            param: 'image',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-2'],
          },
        ],
      },
      {
        id: 'gpt-image-only-params',
        message:
          'background, output_compression, output_format, partial_images and stream are only supported for the GPT image models.',
        then: [
          {
            forbidden: true,
            param: 'background',
          },
          {
            forbidden: true,
            param: 'output_compression',
          },
          {
            forbidden: true,
            param: 'output_format',
          },
          {
            forbidden: true,
            param: 'partial_images',
          },
          {
            forbidden: true,
            param: 'stream',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-2'],
          },
        ],
      },
      {
        id: 'input-fidelity-models',
        message:
          'input_fidelity is only supported for gpt-image-1, gpt-image-1.5 and later models (not gpt-image-1-mini).',
        then: [
          {
            forbidden: true,
            param: 'input_fidelity',
          },
        ],
        when: [
          {
            label: 'the models without input fidelity control',
            negate: false,
            param: 'model',
            values: ['dall-e-2', 'dall-e-3', 'gpt-image-1-mini'],
          },
        ],
      },
      {
        id: 'no-transparent-background-gpt-image-2',
        message: 'gpt-image-2 models do not support transparent backgrounds; use opaque or auto.',
        then: [
          {
            disallowed: ['transparent'],
            param: 'background',
          },
        ],
        when: [
          {
            label: 'the gpt-image-2 models',
            negate: false,
            param: 'model',
            values: ['gpt-image-2', 'gpt-image-2-2026-04-21'],
          },
        ],
      },
      {
        id: 'transparent-needs-alpha-format',
        message: 'A transparent background needs an output format with transparency (png or webp).',
        then: [
          {
            allowed: ['png', 'webp'],
            param: 'output_format',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'background',
            values: ['transparent'],
          },
        ],
      },
      {
        id: 'compression-needs-lossy-format',
        message: 'output_compression is only supported with the webp or jpeg output formats.',
        then: [
          {
            forbidden: true,
            param: 'output_compression',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'output_format',
            values: ['png'],
          },
        ],
      },
      {
        id: 'response-format-dall-e-2-only',
        message:
          'response_format is only supported for dall-e-2, as GPT image models always return base64-encoded images.',
        then: [
          {
            forbidden: true,
            param: 'response_format',
          },
        ],
        when: [
          {
            label: 'the GPT image models',
            negate: false,
            param: 'model',
            values: [
              'gpt-image-1',
              'gpt-image-1-mini',
              'gpt-image-1.5',
              'gpt-image-2',
              'gpt-image-2-2026-04-21',
              'chatgpt-image-latest',
            ],
          },
        ],
      },
      {
        id: 'quality-dall-e-2',
        message: 'dall-e-2 only supports standard quality.',
        then: [
          {
            allowed: ['standard', 'auto'],
            param: 'quality',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-2'],
          },
        ],
      },
      {
        id: 'quality-gpt-image',
        message: 'the GPT image models support high, medium and low quality.',
        then: [
          {
            allowed: ['high', 'medium', 'low', 'auto'],
            param: 'quality',
          },
        ],
        when: [
          {
            label: 'the GPT image models',
            negate: false,
            param: 'model',
            values: [
              'gpt-image-1',
              'gpt-image-1-mini',
              'gpt-image-1.5',
              'gpt-image-2',
              'gpt-image-2-2026-04-21',
              'chatgpt-image-latest',
            ],
          },
        ],
      },
      {
        id: 'size-dall-e-2',
        message: '',
        then: [
          {
            allowed: ['256x256', '512x512', '1024x1024'],
            param: 'size',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-2'],
          },
        ],
      },
      {
        id: 'size-gpt-image',
        message: '',
        then: [
          {
            allowed: ['auto', '1024x1024', '1536x1024', '1024x1536'],
            param: 'size',
          },
        ],
        when: [
          {
            label: 'the GPT image models with standard sizes only',
            negate: false,
            param: 'model',
            values: ['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5', 'chatgpt-image-latest'],
          },
        ],
      },
      {
        id: 'size-gpt-image-2',
        message:
          'gpt-image-2 sizes are auto, a standard size, or WIDTHxHEIGHT with both sides divisible by 16, an aspect ratio between 1:3 and 3:1, and at most 3840x2160.',
        then: [
          {
            allowed: ['auto', '1024x1024', '1536x1024', '1024x1536'],
            dimensions: {
              max_aspect_ratio: 3,
              max_long_edge: 3840,
              max_short_edge: 2160,
              multiple_of: 16,
            },
            param: 'size',
          },
        ],
        when: [
          {
            label: 'the gpt-image-2 models',
            negate: false,
            param: 'model',
            values: ['gpt-image-2', 'gpt-image-2-2026-04-21'],
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
  'images.generate': {
    body: 'json',
    fields: {
      background: {
        enum: ['transparent', 'opaque', 'auto'],
        kinds: ['string'],
      },
      model: {
        enum: [
          'gpt-image-1.5',
          'dall-e-2',
          'dall-e-3',
          'gpt-image-1',
          'gpt-image-1-mini',
          'gpt-image-2',
          'gpt-image-2-2026-04-21',
          'chatgpt-image-latest',
        ],
        kinds: ['string'],
        open: true,
      },
      moderation: {
        enum: ['low', 'auto'],
        kinds: ['string'],
      },
      n: {
        kinds: ['integer'],
        maximum: 10,
        minimum: 1,
      },
      output_compression: {
        kinds: ['integer'],
        maximum: 100,
        minimum: 0,
      },
      output_format: {
        enum: ['png', 'jpeg', 'webp'],
        kinds: ['string'],
      },
      partial_images: {
        kinds: ['integer'],
        maximum: 3,
        minimum: 0,
      },
      prompt: {
        kinds: ['string'],
        max_length: 32000,
        required: true,
      },
      quality: {
        enum: ['standard', 'hd', 'low', 'medium', 'high', 'auto'],
        kinds: ['string'],
      },
      response_format: {
        enum: ['url', 'b64_json'],
        kinds: ['string'],
      },
      size: {
        enum: ['auto', '1024x1024', '1536x1024', '1024x1536', '256x256', '512x512', '1792x1024', '1024x1792'],
        kinds: ['string'],
        open: true,
      },
      stream: {
        kinds: ['boolean'],
      },
      style: {
        enum: ['vivid', 'natural'],
        kinds: ['string'],
      },
      user: {
        kinds: ['string'],
      },
    },
    method: 'POST',
    path: '/images/generations',
    response: 'json',
    rules: [
      {
        id: 'prompt-length-dall-e-2',
        message: '',
        then: [
          {
            max_length: 1000,
            param: 'prompt',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-2'],
          },
        ],
      },
      {
        id: 'prompt-length-dall-e-3',
        message: '',
        then: [
          {
            max_length: 4000,
            param: 'prompt',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-3'],
          },
        ],
      },
      {
        id: 'n-dall-e-3',
        message: 'For dall-e-3, only n=1 is supported.',
        then: [
          {
            maximum: 1,
            param: 'n',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-3'],
          },
        ],
      },
      {
        id: 'style-dall-e-3-only',
        message: 'style is only supported for dall-e-3.',
        then: [
          {
            forbidden: true,
            param: 'style',
          },
        ],
        when: [
          {
            label: 'the models other than dall-e-3',
            negate: false,
            param: 'model',
            values: [
              'dall-e-2',
              'gpt-image-1',
              'gpt-image-1-mini',
              'gpt-image-1.5',
              'gpt-image-2',
              'gpt-image-2-2026-04-21',
              'chatgpt-image-latest',
            ],
          },
        ],
      },
      {
        id: 'gpt-image-only-params',
        message:
          'background, moderation, output_compression, output_format and stream are only supported for the GPT image models.',
        then: [
          {
            forbidden: true,
            param: 'background',
          },
          {
            forbidden: true,
            param: 'moderation',
          },
          {
            forbidden: true,
            param: 'output_compression',
          },
          {
            forbidden: true,
            param: 'output_format',
          },
          {
            forbidden: true,
            param: 'partial_images',
          },
          {
            forbidden: true,
            param: 'stream',
          },
        ],
        when: [
          {
            label: 'the DALL-E models',
            negate: false,
            param: 'model',
            values: ['dall-e-2', 'dall-e-3'],
          },
        ],
      },
      {
        id: 'no-transparent-background-gpt-image-2',
        message: 'gpt-image-2 models do not support transparent backgrounds; use opaque or auto.',
        then: [
          {
            disallowed: ['transparent'],
            param: 'background',
          },
        ],
        when: [
          {
            label: 'the gpt-image-2 models',
            negate: false,
            param: 'model',
            values: ['gpt-image-2', 'gpt-image-2-2026-04-21'],
          },
        ],
      },
      {
        id: 'transparent-needs-alpha-format',
        message: 'A transparent background needs an output format with transparency (png or webp).',
        then: [
          {
            allowed: ['png', 'webp'],
            param: 'output_format',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'background',
            values: ['transparent'],
          },
        ],
      },
      {
        id: 'compression-needs-lossy-format',
        message: 'output_compression is only supported with the webp or jpeg output formats.',
        then: [
          {
            forbidden: true,
            param: 'output_compression',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'output_format',
            values: ['png'],
          },
        ],
      },
      {
        id: 'response-format-dall-e-only',
        message:
          "response_format isn't supported for the GPT image models, which always return base64-encoded images.",
        then: [
          {
            forbidden: true,
            param: 'response_format',
          },
        ],
        when: [
          {
            label: 'the GPT image models',
            negate: false,
            param: 'model',
            values: [
              'gpt-image-1',
              'gpt-image-1-mini',
              'gpt-image-1.5',
              'gpt-image-2',
              'gpt-image-2-2026-04-21',
              'chatgpt-image-latest',
            ],
          },
        ],
      },
      {
        id: 'quality-dall-e-2',
        message: 'standard is the only quality for dall-e-2.',
        then: [
          {
            allowed: ['standard', 'auto'],
            param: 'quality',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-2'],
          },
        ],
      },
      {
        id: 'quality-dall-e-3',
        message: 'dall-e-3 supports hd and standard quality.',
        then: [
          {
            allowed: ['hd', 'standard', 'auto'],
            param: 'quality',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-3'],
          },
        ],
      },
      {
        id: 'quality-gpt-image',
        message: 'the GPT image models support high, medium and low quality.',
        then: [
          {
            allowed: ['high', 'medium', 'low', 'auto'],
            param: 'quality',
          },
        ],
        when: [
          {
            label: 'the GPT image models',
            negate: false,
            param: 'model',
            values: [
              'gpt-image-1',
              'gpt-image-1-mini',
              'gpt-image-1.5',
              'gpt-image-2',
              'gpt-image-2-2026-04-21',
              'chatgpt-image-latest',
            ],
          },
        ],
      },
      {
        id: 'size-dall-e-2',
        message: '',
        then: [
          {
            allowed: ['256x256', '512x512', '1024x1024'],
            param: 'size',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-2'],
          },
        ],
      },
      {
        id: 'size-dall-e-3',
        message: '',
        then: [
          {
            allowed: ['1024x1024', '1792x1024', '1024x1792'],
            param: 'size',
          },
        ],
        when: [
          {
            label: '',
            negate: false,
            param: 'model',
            values: ['dall-e-3'],
          },
        ],
      },
      {
        id: 'size-gpt-image',
        message: '',
        then: [
          {
            allowed: ['auto', '1024x1024', '1536x1024', '1024x1536'],
            param: 'size',
          },
        ],
        when: [
          {
            label: 'the GPT image models with standard sizes only',
            negate: false,
            param: 'model',
            values: ['gpt-image-1', 'gpt-image-1-mini', 'gpt-image-1.5', 'chatgpt-image-latest'],
          },
        ],
      },
      {
        id: 'size-gpt-image-2',
        message:
          'gpt-image-2 sizes are auto, a standard size, or WIDTHxHEIGHT with both sides divisible by 16, an aspect ratio between 1:3 and 3:1, and at most 3840x2160.',
        then: [
          {
            allowed: ['auto', '1024x1024', '1536x1024', '1024x1536'],
            dimensions: {
              max_aspect_ratio: 3,
              max_long_edge: 3840,
              max_short_edge: 2160,
              multiple_of: 16,
            },
            param: 'size',
          },
        ],
        when: [
          {
            label: 'the gpt-image-2 models',
            negate: false,
            param: 'model',
            values: ['gpt-image-2', 'gpt-image-2-2026-04-21'],
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
