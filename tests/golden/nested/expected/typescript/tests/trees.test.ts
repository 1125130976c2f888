// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Trees.grow with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.trees.grow({ label: 'string' });
  sameJSON(res, '{"children": [], "label": "label", "owner": {"name": "name"}}');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/trees');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/trees');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"label": "string"}');
});

test('Trees.grow with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.trees.grow({ label: 'string', depth: 0 });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'depth',
    'label',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/trees');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"depth": 0, "label": "string"}');
});
