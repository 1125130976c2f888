// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Authors.list with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const page = await client.authors.list({});
  assert.ok(page.getPaginatedItems().length > 0);
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/authors');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/authors');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{}');
});

test('Authors.list with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.authors.list({ page: 1 });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['page']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/authors');
  sameJSON(sent.query, '{"page": ["1"]}');
  sameJSON(sent.params, '{"page": 1}');
});

test('Authors.list pages', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const got: string[] = [];
  for await (const item of client.authors.list({})) {
    got.push(item['name']);
  }
  assert.deepEqual(got, ['Frank Herbert', 'Jane Austen', 'Toni Morrison']);
  const want = [{}, { page: 2 }];
  const received = await requests(s);
  assert.equal(received.length, want.length);
  received.forEach((r, i) => {
    const sent = Object.fromEntries(['page'].filter((k) => k in r.params).map((k) => [k, r.params[k]]));
    assert.deepEqual(sent, want[i]);
  });
  let page = await client.authors.list({});
  let n = 1;
  while (page.hasNextPage()) {
    page = await page.getNextPage();
    n += 1;
  }
  assert.equal(n, want.length);
});
