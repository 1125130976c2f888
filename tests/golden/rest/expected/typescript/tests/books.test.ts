// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toFile } from '../src/index.js';
import { PNG, drain, newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Books.create with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.create({ title: 'string' });
  sameJSON(
    res,
    '{"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/books');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"title": "string"}');
});

test('Books.create with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.create({
    title: 'string',
    author: { name: 'string' },
    genre: 'fiction',
    isbn: '9780441013593',
    metadata: { key: 'string' },
    request_source: 'string',
    tags: ['string', 'string'],
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'author',
    'genre',
    'isbn',
    'metadata',
    'request_source',
    'tags',
    'title',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books');
  sameJSON(sent.query, '{}');
  assert.equal(sent.headers['x-request-source'], 'string');
  sameJSON(
    sent.params,
    '{"author": {"name": "string"}, "genre": "fiction", "isbn": "9780441013593", "metadata": {"key": "string"}, "request_source": "string", "tags": ["string", "string"], "title": "string"}',
  );
});

test('Books.delete with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.delete('string');
  sameJSON(res, '{"deleted": true, "id": "b1"}');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'DELETE');
  assert.equal(received[0]?.path, '/books/{book_id}');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.delete with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.delete('string');
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['book_id']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.downloadCover with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.downloadCover('string');
  assert.equal(res.headers.get('content-type'), 'application/octet-stream');
  assert.deepEqual(new Uint8Array(await res.arrayBuffer()), PNG);
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/books/{book_id}/cover');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/cover');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.downloadCover with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.downloadCover('string');
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['book_id']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/cover');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.exists with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.exists('string');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'HEAD');
  assert.equal(received[0]?.path, '/books/{book_id}');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.exists with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.exists('string');
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['book_id']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.export with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const items = await drain(await client.books.export({}));
  sameJSON(
    items,
    '[{"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}, {"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}]',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/books/export');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/export');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{}');
});

test('Books.export with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await drain(await client.books.export({ genre: 'fiction' }));
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['genre']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/export');
  sameJSON(sent.query, '{"genre": ["fiction"]}');
  sameJSON(sent.params, '{"genre": "fiction"}');
});

test('Books.list with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const page = await client.books.list({});
  assert.ok(page.getPaginatedItems().length > 0);
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/books');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{}');
});

test('Books.list with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.list({
    added_after: '2025-01-02T03:04:05.123456Z',
    after: 'string',
    available: true,
    genre: 'fiction',
    limit: 1,
    tags: ['string', 'string'],
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'added_after',
    'after',
    'available',
    'genre',
    'limit',
    'tags',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books');
  sameJSON(
    sent.query,
    '{"added_after": ["2025-01-02T03:04:05.123456Z"], "after": ["string"], "available": ["true"], "genre": ["fiction"], "limit": ["1"], "tags": ["string", "string"]}',
  );
  sameJSON(
    sent.params,
    '{"added_after": "2025-01-02T03:04:05.123456Z", "after": "string", "available": true, "genre": "fiction", "limit": 1, "tags": ["string", "string"]}',
  );
});

test('Books.list pages', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const got: string[] = [];
  for await (const item of client.books.list({})) {
    got.push(item['id']);
  }
  assert.deepEqual(got, ['b1', 'b2', 'b3']);
  const want = [{}, { after: 'b2' }];
  const received = await requests(s);
  assert.equal(received.length, want.length);
  received.forEach((r, i) => {
    const sent = Object.fromEntries(['after'].filter((k) => k in r.params).map((k) => [k, r.params[k]]));
    assert.deepEqual(sent, want[i]);
  });
  let page = await client.books.list({});
  let n = 1;
  while (page.hasNextPage()) {
    page = await page.getNextPage();
    n += 1;
  }
  assert.equal(n, want.length);
});

test('Books.rate with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.rate('string', { stars: 1 });
  sameJSON(
    res,
    '{"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/books/{book_id}/ratings');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/ratings');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string", "stars": 1}');
});

test('Books.rate with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.rate('string', { stars: 1, moods: ['happy', 'happy'], spoilers: true });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'book_id',
    'moods',
    'spoilers',
    'stars',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/ratings');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string", "moods": ["happy", "happy"], "spoilers": true, "stars": 1}');
});

test('Books.replace with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.replace('string', { title: 'string' });
  sameJSON(
    res,
    '{"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'PUT');
  assert.equal(received[0]?.path, '/books/{book_id}');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string", "title": "string"}');
});

test('Books.replace with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.replace('string', { title: 'string', version: 1 });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'book_id',
    'title',
    'version',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string');
  sameJSON(sent.query, '{"version": ["1"]}');
  sameJSON(sent.params, '{"book_id": "string", "title": "string", "version": 1}');
});

test('Books.retrieve with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.retrieve('b 1/2?x=#%', {});
  sameJSON(
    res,
    '{"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/books/{book_id}');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/b%201%2F2%3Fx%3D%23%25');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "b 1/2?x=#%"}');
});

test('Books.retrieve with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.retrieve('b 1/2?x=#%', { fields: ['title', 'title'] });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'book_id',
    'fields',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/b%201%2F2%3Fx%3D%23%25');
  sameJSON(sent.query, '{"fields": ["title,title"]}');
  sameJSON(sent.params, '{"book_id": "b 1/2?x=#%", "fields": ["title", "title"]}');
});

test('Books.similar with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.similar('string');
  sameJSON(
    res,
    '[{"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}, {"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}]',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/books/{book_id}/similar');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/similar');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.similar with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.similar('string');
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['book_id']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/similar');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.stats with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.stats();
  sameJSON(res, '{"fiction": 2, "history": 1, "total": 3}');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/books/stats');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/stats');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{}');
});

test('Books.stats with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.stats();
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), []);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/stats');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{}');
});

test('Books.summary with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.summary('string');
  assert.equal(res, 'A text answer, line one.\nLine two: naïve café ✓');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'GET');
  assert.equal(received[0]?.path, '/books/{book_id}/summary');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/summary');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.summary with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.summary('string');
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['book_id']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/summary');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.update with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.update('string', {});
  sameJSON(
    res,
    '{"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'PATCH');
  assert.equal(received[0]?.path, '/books/{book_id}');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string"}');
});

test('Books.update with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.update('string', { genre: 'fiction', title: 'string' });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'book_id',
    'genre',
    'title',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"book_id": "string", "genre": "fiction", "title": "string"}');
});

test('Books.uploadCover with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.books.uploadCover('string', { cover: PNG });
  sameJSON(
    res,
    '{"added_at": "2025-01-02T03:04:05.123456Z", "author": {"born": "1920-10-08", "name": "Frank Herbert"}, "genre": "fiction", "id": "b 1/2?x=#%", "isbn": "9780441013593", "metadata": {"shelf": "A3"}, "tags": ["classic"], "title": "Dune"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'PUT');
  assert.equal(received[0]?.path, '/books/{book_id}/cover');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/cover');
  sameJSON(sent.query, '{}');
  // one file goes as a single part named "cover" (not "cover"[]), typed from its bytes
  assert.equal((sent.params['cover'] as { content_type?: string }).content_type, 'image/png');
});

test('Books.uploadCover with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.books.uploadCover('string', { cover: await toFile(PNG, 'image.png') });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'book_id',
    'cover',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v2/books/string/cover');
  sameJSON(sent.query, '{}');
});
