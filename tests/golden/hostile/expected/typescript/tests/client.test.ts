// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as SDK from '../src/index.js';
import {
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
    const err = await rejection(
      client.things.create({
        name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
      }),
    );
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
  await settle(
    client.things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
    }),
  );
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
  const err = await rejection(
    client.things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
    }),
  );
  assert.ok(err instanceof SDK.InternalServerError, String(err));
  assert.equal((await requests(s)).length, 4);
});

test('retry-after-ms is honoured', async (t) => {
  const s = await scope(t.name);
  await fault(s, { status: 503, retry_after_ms: 400, count: 1 });
  const client = newClient(s);
  const started = Date.now();
  await settle(
    client.things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
    }),
  );
  const elapsed = Date.now() - started;
  assert.ok(elapsed >= 400 && elapsed < 5000, `took ${elapsed} ms`);
});

test('x-should-retry: false is not retried', async (t) => {
  const s = await scope(t.name);
  await fault(s, { status: 500, should_retry: false, count: 5 });
  const client = newClient(s);
  await rejection(
    client.things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
    }),
  );
  assert.equal((await requests(s)).length, 1);
});

test('the timeout bounds each attempt', async (t) => {
  const s = await scope(t.name);
  await fault(s, { delay: 1.5, count: 3 });
  const client = newClient(s, { timeout: 300, maxRetries: 1 });
  const started = Date.now();
  const err = await rejection(
    client.things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
    }),
  );
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
  const err = await rejection(
    client.things.create(
      { name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6' },
      { signal: controller.signal },
    ),
  );
  assert.ok(err instanceof SDK.APIUserAbortError, String(err));
});

test('a connection error is an APIConnectionError', async () => {
  const client = newClient('', { baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0 });
  const err = await rejection(
    client.things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
    }),
  );
  assert.ok(err instanceof SDK.APIConnectionError, String(err));
});

test('params are checked before sending', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const err = await rejection(
    client.things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
      class: 6,
    }),
  );
  assert.ok(err instanceof SDK.ParamValidationError, String(err));
  assert.ok(err.message.includes("param 'class'"), err.message);
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
      class: 6,
    }),
  );
  assert.ok(server instanceof SDK.APIError && server.status === 400, String(server));
});

test('the client settings and the credential are sent', async (t) => {
  const s = await scope(t.name);
  const client = new SDK.HostileClient({
    apiKey: 'My apiKey',
    from_2: 'value-from_2',
    baseURL,
    defaultHeaders: { 'X-Mock-Scope': s },
  });
  await settle(
    client.things.create(
      { name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6' },
      { headers: { 'X-Extra': '2' } },
    ),
  );
  const headers = (await requests(s))[0]?.headers ?? {};
  assert.equal(headers['x-extra'], '2');
  assert.equal(headers['authorization'], 'Bearer My apiKey');
  assert.equal(headers['x-from'], 'value-from_2');
});

test('withResponse gives the body, the response and the request id; asResponse the raw response', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const { data, response, request_id } = await client.things
    .create({ name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6' })
    .withResponse();
  sameJSON(
    data,
    '{"$weird key": "`tick` */", "id": "id \\"\\"\\" ${x} {{ x }} \\\\ \\ud83e\\udda6", "mode": "a\\"b"}',
  );
  assert.equal(response.status, 200);
  assert.ok(request_id?.startsWith('req_'), String(request_id));
  const res = await client.things.create({
    name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
  });
  assert.ok(res._request_id?.startsWith('req_'), String(res._request_id));
  assert.ok(!Object.keys(res).includes('_request_id'));
  const raw = await client.things
    .create({ name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6' })
    .asResponse();
  assert.equal(raw.bodyUsed, false);
  sameJSON(
    await raw.json(),
    '{"$weird key": "`tick` */", "id": "id \\"\\"\\" ${x} {{ x }} \\\\ \\ud83e\\udda6", "mode": "a\\"b"}',
  );
});

test('a client without a credential is an error naming the environment variable', () => {
  const saved = process.env['HOSTILE_API_KEY'];
  delete process.env['HOSTILE_API_KEY'];
  try {
    assert.throws(
      () => new SDK.HostileClient({ baseURL }),
      (err: Error) => err.message.includes('HOSTILE_API_KEY'),
    );
  } finally {
    if (saved !== undefined) process.env['HOSTILE_API_KEY'] = saved;
  }
});

test('a stream keeps event types the spec does not know', async (t) => {
  const s = await scope(t.name);
  await fault(s, { inject_event: { ['type']: 'future.event_kind', detail: 7 } });
  const events = await drain(
    await newClient(s).things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
      class: 1,
      mode: 'a"b',
      'x-y z': 'string',
      stream: true,
    }),
  );
  const kinds = events.map((e) => (e as unknown as Record<string, unknown>)['type']);
  assert.equal(kinds.length, 2 + 1);
  assert.equal(kinds[1], 'future.event_kind');
  assert.equal((events[1] as unknown as Record<string, unknown>)['detail'], 7);
});

test('a stream cut mid-event is an APIConnectionError', async (t) => {
  const s = await scope(t.name);
  await fault(s, { cut_after_events: 1 });
  const err = await rejection(
    newClient(s).things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
      class: 1,
      mode: 'a"b',
      'x-y z': 'string',
      stream: true,
    }),
  );
  assert.ok(err instanceof SDK.APIConnectionError, String(err));
});

test('an error event is an APIError', async (t) => {
  const s = await scope(t.name);
  await fault(s, { error_event: 'the server is overloaded' });
  const err = await rejection(
    newClient(s).things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
      class: 1,
      mode: 'a"b',
      'x-y z': 'string',
      stream: true,
    }),
  );
  assert.ok(err instanceof SDK.APIError && err.message.includes('the server is overloaded'), String(err));
});

test('the done marker ends a stream', async (t) => {
  const s = await scope(t.name);
  await fault(s, { done: true });
  const events = await drain(
    await newClient(s).things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
      class: 1,
      mode: 'a"b',
      'x-y z': 'string',
      stream: true,
    }),
  );
  assert.equal(events.length, 2);
});
