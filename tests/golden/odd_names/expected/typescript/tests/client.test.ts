// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as SDK from '../src/index.js';
import {
  PNG,
  baseURL,
  drain,
  fault,
  newClient,
  rejection,
  requests,
  sameJSON,
  scope,
  settle,
} from './testutil.js';

const classes: Record<number, unknown> = {
  400: SDK.BadRequestError,
  401: SDK.AuthenticationError,
  403: SDK.PermissionDeniedError,
  404: SDK.NotFoundError,
  409: SDK.ConflictError,
  422: SDK.UnprocessableEntityError,
  429: SDK.RateLimitError,
  500: SDK.InternalServerError,
  503: SDK.InternalServerError,
};

for (const status of [400, 401, 403, 404, 409, 422, 429, 500, 503]) {
  test(`an error status ${status} is its error class`, async (t) => {
    const s = await scope(t.name);
    await fault(s, {
      status,
      should_retry: false,
      body: JSON.parse(
        '{"error": {"message": "boom", "type": "mock_type", "param": "mock_param", "code": "mock_code"}}',
      ),
    });
    const client = newClient(s);
    const err = await rejection(client.class.del({ file: PNG }));
    assert.ok(
      err instanceof SDK.APIError && err instanceof (classes[status] as typeof SDK.APIError),
      String(err),
    );
    assert.equal(err.status, status);
    assert.equal(err.type, 'mock_type');
    assert.equal(err.param, 'mock_param');
    assert.equal(err.code, 'mock_code');
    assert.ok(err.message.includes(String(status)), err.message);
    assert.ok(err.requestID?.startsWith('req_'), String(err.requestID));
    assert.equal((await requests(s)).length, 1);
  });
}

test('a 429 is retried, and each attempt sends its number', async (t) => {
  const s = await scope(t.name);
  await fault(s, { status: 429, retry_after: 0, count: 1 });
  const client = newClient(s);
  await settle(client.class.del({ file: PNG }));
  const received = await requests(s);
  assert.equal(received.length, 2);
  assert.deepEqual(
    received.map((r) => r.headers['x-retry-count']),
    ['0', '1'],
  );
});

test('server errors exhaust the retries', async (t) => {
  const s = await scope(t.name);
  await fault(s, { status: 500, retry_after: 0, count: 10 });
  const client = newClient(s, { maxRetries: 3 });
  const err = await rejection(client.class.del({ file: PNG }));
  assert.ok(err instanceof SDK.InternalServerError, String(err));
  assert.equal((await requests(s)).length, 4);
});

test('retry-after-ms is honoured', async (t) => {
  const s = await scope(t.name);
  await fault(s, { status: 503, retry_after_ms: 400, count: 1 });
  const client = newClient(s);
  const started = Date.now();
  await settle(client.class.del({ file: PNG }));
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 400 && elapsed < 5000, `took ${elapsed} ms`);
});

test('x-should-retry: false is not retried', async (t) => {
  const s = await scope(t.name);
  await fault(s, { status: 500, should_retry: false, count: 5 });
  const client = newClient(s);
  await rejection(client.class.del({ file: PNG }));
  assert.equal((await requests(s)).length, 1);
});

test('the timeout bounds each attempt', async (t) => {
  const s = await scope(t.name);
  await fault(s, { delay: 1.5, count: 3 });
  const client = newClient(s, { timeout: 300, maxRetries: 1 });
  const started = Date.now();
  const err = await rejection(client.class.del({ file: PNG }));
  assert.ok(err instanceof SDK.APIConnectionTimeoutError, String(err));
  assert.ok(Date.now() - started < 1400, `took ${Date.now() - started} ms`);
  assert.equal((await requests(s)).length, 2);
});

test('an abort signal stops the call', async (t) => {
  const s = await scope(t.name);
  await fault(s, { delay: 1.5, count: 3 });
  const client = newClient(s);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 200);
  const err = await rejection(client.class.del({ file: PNG }, { signal: controller.signal }));
  assert.ok(err instanceof SDK.APIUserAbortError, String(err));
});

test('a connection error is an APIConnectionError', async () => {
  const client = newClient('', { baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0 });
  const err = await rejection(client.class.del({ file: PNG }));
  assert.ok(err instanceof SDK.APIConnectionError, String(err));
});

test('the client settings and the credential are sent', async (t) => {
  const s = await scope(t.name);
  const client = new SDK.OddClient({
    credentials: 'My credentials',
    from_2: 'value-from_2',
    timeout_2: 'value-timeout_2',
    baseURL,
    defaultHeaders: { 'X-Mock-Scope': s },
  });
  await settle(client.class.del({ file: PNG }, { headers: { 'X-Extra': '2' } }));
  const headers = (await requests(s))[0]?.headers ?? {};
  assert.equal(headers['x-extra'], '2');
  assert.equal(headers['authorization'], 'Basic TXkgY3JlZGVudGlhbHM6');
  assert.equal(headers['x-from'], 'value-from_2');
  assert.equal(headers['x-timeout'], 'value-timeout_2');
});

test('withResponse gives the body, the response and the request id; asResponse the raw response', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const { data, response, request_id } = await client.class.del({ file: PNG }).withResponse();
  sameJSON(
    data,
    '{"1st_place": false, "Literal": "Literal", "None": "1024x1024", "class": "class", "fooBar": "fooBar", "foo_bar": "foo_bar", "from": 0, "json": "json", "model_config": "model_config", "self": "self", "type": "from"}',
  );
  assert.equal(response.status, 200);
  assert.ok(request_id?.startsWith('req_'), String(request_id));
  const res = await client.class.del({ file: PNG });
  assert.ok(res._request_id?.startsWith('req_'), String(res._request_id));
  assert.ok(!Object.keys(res).includes('_request_id'));
  const raw = await client.class.del({ file: PNG }).asResponse();
  assert.equal(raw.bodyUsed, false);
  sameJSON(
    await raw.json(),
    '{"1st_place": false, "Literal": "Literal", "None": "1024x1024", "class": "class", "fooBar": "fooBar", "foo_bar": "foo_bar", "from": 0, "json": "json", "model_config": "model_config", "self": "self", "type": "from"}',
  );
});

test('a client without a credential is an error naming the environment variable', () => {
  const saved = process.env['ODD_CREDENTIALS'];
  delete process.env['ODD_CREDENTIALS'];
  try {
    assert.throws(
      () => new SDK.OddClient({ baseURL }),
      (err: Error) => err.message.includes('ODD_CREDENTIALS'),
    );
  } finally {
    if (saved !== undefined) process.env['ODD_CREDENTIALS'] = saved;
  }
});

test('a stream keeps event types the spec does not know', async (t) => {
  const s = await scope(t.name);
  await fault(s, { inject_event: { ['x']: 'future.event_kind', detail: 7 } });
  const events = await drain(
    await newClient(s).class.import({
      from: 'string',
      '1st': 1,
      class: '1024x1024',
      extra_headers: 'string',
      timeout: 0,
      type: 'from',
      stream: true,
    }),
  );
  const kinds = events.map((e) => (e as unknown as Record<string, unknown>)['x']);
  assert.equal(kinds.length, 3 + 1);
  assert.equal(kinds[1], 'future.event_kind');
  assert.equal((events[1] as unknown as Record<string, unknown>)['detail'], 7);
});

test('a stream cut mid-event is an APIConnectionError', async (t) => {
  const s = await scope(t.name);
  await fault(s, { cut_after_events: 1 });
  const err = await rejection(
    newClient(s).class.import({
      from: 'string',
      '1st': 1,
      class: '1024x1024',
      extra_headers: 'string',
      timeout: 0,
      type: 'from',
      stream: true,
    }),
  );
  assert.ok(err instanceof SDK.APIConnectionError, String(err));
});

test('an error event is an APIError', async (t) => {
  const s = await scope(t.name);
  await fault(s, { error_event: 'the server is overloaded' });
  const err = await rejection(
    newClient(s).class.import({
      from: 'string',
      '1st': 1,
      class: '1024x1024',
      extra_headers: 'string',
      timeout: 0,
      type: 'from',
      stream: true,
    }),
  );
  assert.ok(err instanceof SDK.APIError && err.message.includes('the server is overloaded'), String(err));
});

test('the done marker ends a stream', async (t) => {
  const s = await scope(t.name);
  await fault(s, { done: true });
  const events = await drain(
    await newClient(s).class.import({
      from: 'string',
      '1st': 1,
      class: '1024x1024',
      extra_headers: 'string',
      timeout: 0,
      type: 'from',
      stream: true,
    }),
  );
  assert.equal(events.length, 3);
});
