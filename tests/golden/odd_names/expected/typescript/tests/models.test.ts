// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Models.get with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.models.get({});
  sameJSON(res, '{"p": "p"}');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/models');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/models');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{}');
});

test('Models.get with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.models.get({ q: 'string' });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), ['q']);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/models');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"q": "string"}');
});
