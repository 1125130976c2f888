// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drain, newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Feed.stream with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const items = await drain(await client.feed.stream({}));
  assert.equal(items.length, 2);
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/feed');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/feed');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{}');
});

test('Feed.stream with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await drain(await client.feed.stream({ genre: 'fiction' }));
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['genre']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/feed');
  sameJSON(sent.query, '{"genre": ["fiction"]}');
  sameJSON(sent.params, '{"genre": "fiction"}');
});

test('Feed.stream streaming', async (t) => {
  const client = newClient(await scope(t.name));
  const stream = await client.feed.stream({});
  const want = [
    { json: '{"book": {"id": "b1", "title": "Dune"}, "type": "book.added"}', type: 'book.added' },
    { json: '{"id": "b1", "type": "book.removed"}', type: 'book.removed' },
  ];
  let i = 0;
  for await (const event of stream) {
    assert.equal(event['type'], want[i]?.type);
    sameJSON(event, want[i]?.json ?? 'null');
    i += 1;
  }
  assert.equal(i, want.length);
});
