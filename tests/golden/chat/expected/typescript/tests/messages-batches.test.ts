// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drain, newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Batches.create with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.messages.batches.create({
    requests: [{ custom_id: 'string', params: { key: 'value' } }],
  });
  sameJSON(
    res,
    '{"created_at": "2025-01-02T03:04:05.123456Z", "id": "id", "processing_status": "in_progress"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/messages/batches');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages/batches');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"requests": [{"custom_id": "string", "params": {"key": "value"}}]}');
});

test('Batches.create with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.messages.batches.create({
    requests: [
      { custom_id: 'string', params: { key: 'value' } },
      { custom_id: 'string', params: { key: 'value' } },
    ],
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['requests']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages/batches');
  sameJSON(sent.query, '{}');
  sameJSON(
    sent.params,
    '{"requests": [{"custom_id": "string", "params": {"key": "value"}}, {"custom_id": "string", "params": {"key": "value"}}]}',
  );
});

test('Batches.list with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const page = await client.messages.batches.list({});
  assert.ok(page.getPaginatedItems().length > 0);
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/messages/batches');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages/batches');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{}');
});

test('Batches.list with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.messages.batches.list({ after_id: 'string', limit: 1 });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'after_id',
    'limit',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages/batches');
  sameJSON(sent.query, '{"after_id": ["string"], "limit": ["1"]}');
  sameJSON(sent.params, '{"after_id": "string", "limit": 1}');
});

test('Batches.list pages', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const got: string[] = [];
  for await (const item of client.messages.batches.list({})) {
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
  let page = await client.messages.batches.list({});
  let n = 1;
  while (page.hasNextPage()) {
    page = await page.getNextPage();
    n += 1;
  }
  assert.equal(n, want.length);
});

test('Batches.results with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const items = await drain(await client.messages.batches.results('string'));
  sameJSON(
    items,
    '[{"custom_id": "custom_id", "result": {"key": null}}, {"custom_id": "custom_id", "result": {"key": null}}]',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/messages/batches/{message_batch_id}/results');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages/batches/string/results');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"message_batch_id": "string"}');
});

test('Batches.results with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await drain(await client.messages.batches.results('string'));
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'message_batch_id',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages/batches/string/results');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"message_batch_id": "string"}');
});

test('Batches.retrieve with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.messages.batches.retrieve('string');
  sameJSON(
    res,
    '{"created_at": "2025-01-02T03:04:05.123456Z", "id": "id", "processing_status": "in_progress"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/messages/batches/{message_batch_id}');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages/batches/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"message_batch_id": "string"}');
});

test('Batches.retrieve with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.messages.batches.retrieve('string');
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'message_batch_id',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages/batches/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"message_batch_id": "string"}');
});
