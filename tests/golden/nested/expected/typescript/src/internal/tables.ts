// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The client's settings and the validation tables from the spec: data the runtime reads.
// biome-ignore-all lint/suspicious/noThenProperty: a rule's "then" is data, not a thenable
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template
import type { ClientConfig, OperationTables } from '../core/config.js';

export const CONFIG: ClientConfig = {
  name: 'NestClient',
  packageVersion: '0.0.1',
  baseURL: 'http://localhost:4010',
  baseURLEnv: '',
  credentials: [],
  headers: [],
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
  _models: {
    Circle: {
      fields: {
        center: {
          kinds: ['object'],
          model: 'Point',
          required: true,
        },
        kind: {
          enum: ['circle'],
          kinds: ['string'],
          required: true,
        },
        radius: {
          kinds: ['number'],
          minimum: 0,
          required: true,
        },
      },
    },
    Point: {
      fields: {
        x: {
          kinds: ['number'],
          required: true,
        },
        y: {
          kinds: ['number'],
          required: true,
        },
      },
    },
    Polygon: {
      fields: {
        kind: {
          enum: ['polygon'],
          kinds: ['string'],
          required: true,
        },
        points: {
          items: {
            kinds: ['object'],
            model: 'Point',
          },
          kinds: ['array'],
          required: true,
        },
      },
    },
    'params:drawings/create/style': {
      fields: {
        stroke: {
          enum: ['red', 'green', 'blue'],
          kinds: ['string'],
        },
        width: {
          kinds: ['integer'],
          minimum: 1,
        },
      },
    },
  },
  _unions: {
    Shape: {
      discriminator: 'kind',
      variants: {
        circle: 'Circle',
        polygon: 'Polygon',
      },
    },
  },
  'drawings.create': {
    body: 'json',
    fields: {
      color: {
        enum: ['red', 'green', 'blue'],
        kinds: ['string'],
      },
      grid: {
        items: {
          items: {
            kinds: ['integer'],
          },
          kinds: ['array'],
        },
        kinds: ['array'],
      },
      id: {
        kinds: ['string'],
        max_length: 64,
        min_length: 1,
        required: true,
      },
      shapes: {
        items: {
          kinds: ['object'],
          union: 'Shape',
        },
        kinds: ['array'],
        max_items: 100,
      },
      style: {
        kinds: ['object'],
        model: 'params:drawings/create/style',
      },
    },
    method: 'POST',
    path: '/drawings',
    response: 'json',
    rules: [],
    stream_param: '',
  },
  'trees.grow': {
    body: 'json',
    fields: {
      depth: {
        kinds: ['integer'],
        maximum: 8,
        minimum: 0,
      },
      label: {
        kinds: ['string'],
        required: true,
      },
    },
    method: 'POST',
    path: '/trees',
    response: 'json',
    rules: [],
    stream_param: '',
  },
};
