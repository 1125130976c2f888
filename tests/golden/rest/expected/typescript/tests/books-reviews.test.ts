// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParamValidationError } from '../src/index.js';
import { newClient, rejection, requests, sameJSON, scope, type Received } from './testutil.js';

test('Reviews.create with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.reviews.create('string', {
    blocks: [{ text: 'string', type: 'text' }],
    stars: 1,
  });
  sameJSON(
    res,
    '{"blocks": [{"text": "A classic.", "type": "text"}], "created_at": "2025-01-02T03:04:05Z", "id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90", "stars": 5}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/books/{book_id}/reviews');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/reviews');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"blocks": [{"text": "string", "type": "text"}], "book_id": "string", "stars": 1}');
});

test('Reviews.create with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.reviews.create('string', {
    blocks: [
      { text: 'string', type: 'text' },
      { text: 'string', type: 'text' },
    ],
    stars: 1,
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'blocks',
    'book_id',
    'stars',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/reviews');
  sameJSON(sent.query, '{}');
  sameJSON(
    sent.params,
    '{"blocks": [{"text": "string", "type": "text"}, {"text": "string", "type": "text"}], "book_id": "string", "stars": 1}',
  );
});

test('Reviews.create checks nested values', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).books.reviews.create('string', {
      blocks: [
        { text: 'string', type: 'text' },
        { text: 'x'.repeat(501), type: 'text' },
      ],
      stars: 1,
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(err.message.includes("param 'blocks[1].text'"), err.message);
  assert.equal((await requests(s)).length, 0);
});

test('Reviews.delete with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.reviews.delete('string', 'string');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'DELETE');
  assert.equal(received[0]?.path, '/books/{book_id}/reviews/{review_id}');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/reviews/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string", "review_id": "string"}');
});

test('Reviews.delete with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.reviews.delete('string', 'string');
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'book_id',
    'review_id',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/reviews/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string", "review_id": "string"}');
});

test('Reviews.list with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const page = await client.books.reviews.list('string', {});
  assert.ok(page.getPaginatedItems().length > 0);
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/books/{book_id}/reviews');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/reviews');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Reviews.list with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.reviews.list('string', { limit: 1, offset: 0 });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'book_id',
    'limit',
    'offset',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/reviews');
  sameJSON(sent.query, '{"limit": ["1"], "offset": ["0"]}');
  sameJSON(sent.params, '{"book_id": "string", "limit": 1, "offset": 0}');
});

test('Reviews.list pages', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const got: string[] = [];
  for await (const item of client.books.reviews.list('string', {})) {
    got.push(item['id']);
  }
  assert.deepEqual(got, [
    '0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90',
    '1c8d0e5f-9a4b-4c32-8d66-3e2f7a8b9c01',
    '2d9e1f60-ab5c-4d43-9e77-4f308b9cad12',
  ]);
  const want = [{}, { offset: 2 }];
  const received = await requests(s);
  assert.equal(received.length, want.length);
  received.forEach((r, i) => {
    const sent = Object.fromEntries(['offset'].filter((k) => k in r.params).map((k) => [k, r.params[k]]));
    assert.deepEqual(sent, want[i]);
  });
  let page = await client.books.reviews.list('string', {});
  let n = 1;
  while (page.hasNextPage()) {
    page = await page.getNextPage();
    n += 1;
  }
  assert.equal(n, want.length);
});
