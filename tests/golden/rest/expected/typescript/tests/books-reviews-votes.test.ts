// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Votes.create with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.reviews.votes.create('string', 'string', { helpful: true });
  sameJSON(res, '{"helpful": true, "review_id": "0b7c9d4e-8f3a-4b21-9c55-2d1e6f7a8b90"}');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/books/{book_id}/reviews/{review_id}/votes');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/reviews/string/votes');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string", "helpful": true, "review_id": "string"}');
});

test('Votes.create with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.reviews.votes.create('string', 'string', { helpful: true });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'book_id',
    'helpful',
    'review_id',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/reviews/string/votes');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string", "helpful": true, "review_id": "string"}');
});
