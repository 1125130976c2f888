// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Models.list with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const page = await client.models.list({});
  assert.ok(page.getPaginatedItems().length > 0);
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/models');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/models');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{}');
});

test('Models.list with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.models.list({ after_id: 'string', before_id: 'string', limit: 1 });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'after_id',
    'before_id',
    'limit',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/models');
  sameJSON(sent.query, '{"after_id": ["string"], "before_id": ["string"], "limit": ["1"]}');
  sameJSON(sent.params, '{"after_id": "string", "before_id": "string", "limit": 1}');
});

test('Models.list pages', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const got: string[] = [];
  for await (const item of client.models.list({})) {
    got.push(item['id']);
  }
  assert.deepEqual(got, ['id']);
  const want = [{}];
  const received = await requests(s);
  assert.equal(received.length, want.length);
  received.forEach((r, i) => {
    const sent = Object.fromEntries([].filter((k) => k in r.params).map((k) => [k, r.params[k]]));
    assert.deepEqual(sent, want[i]);
  });
  let page = await client.models.list({});
  let n = 1;
  while (page.hasNextPage()) {
    page = await page.getNextPage();
    n += 1;
  }
  assert.equal(n, want.length);
});

test('Models.retrieve with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.models.retrieve('string');
  sameJSON(res, '{"created_at": "2025-01-02T03:04:05.123456Z", "display_name": "display_name", "id": "id"}');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/models/{model_id}');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/models/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"model_id": "string"}');
});

test('Models.retrieve with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.models.retrieve('string');
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['model_id']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/models/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"model_id": "string"}');
});
