// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APIError, ParamValidationError, toFile } from '../src/index.js';
import { PNG, newClient, rejection, requests, sameJSON, scope, type Received } from './testutil.js';

test('Class.del with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.class.del({ file: PNG });
  sameJSON(
    res,
    '{"1st_place": false, "Literal": "Literal", "None": "1024x1024", "class": "class", "fooBar": "fooBar", "foo_bar": "foo_bar", "from": 0, "json": "json", "model_config": "model_config", "self": "self", "type": "from"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/del');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/del');
  sameJSON(sent.query, '{}');
  // one file goes as a single part named "file" (not "file"[]), typed from its bytes
  assert.equal((sent.params['file'] as { content_type?: string }).content_type, 'image/png');
});

test('Class.del with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.class.del({ file: await toFile(PNG, 'image.png'), lambda: 'string' });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'file',
    'lambda',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/del');
  sameJSON(sent.query, '{}');
});

test('Class.import with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.class.import({ from: 'string' });
  sameJSON(
    res,
    '{"1st_place": false, "Literal": "Literal", "None": "1024x1024", "class": "class", "fooBar": "fooBar", "foo_bar": "foo_bar", "from": 0, "json": "json", "model_config": "model_config", "self": "self", "type": "from"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/import');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/import');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"from": "string"}');
});

test('Class.import with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.class.import({
    from: 'string',
    '1st': 1,
    class: '1024x1024',
    extra_headers: 'string',
    timeout: 0,
    type: 'from',
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    '1st',
    'class',
    'extra_headers',
    'from',
    'timeout',
    'type',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/import');
  sameJSON(sent.query, '{}');
  sameJSON(
    sent.params,
    '{"1st": 1, "class": "1024x1024", "extra_headers": "string", "from": "string", "timeout": 0, "type": "from"}',
  );
});

test('Class.import accepts values an open enum does not list', async (t) => {
  const client = newClient(await scope(t.name));
  await client.class.import({ from: 'string', type: 'a-value-from-the-future' });
});

test('Class.import rule class-rule', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(newClient(s).class.import({ from: 'string', class: '1024x1024', '1st': 2 }));
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(err.message.includes("param '1st'") && err.message.includes('(rule class-rule'), err.message);
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).class.import({ from: 'string', class: '1024x1024', '1st': 2 }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule class-rule)'), server.message);
});

test('Class.import streaming', async (t) => {
  const client = newClient(await scope(t.name));
  const stream = await client.class.import({
    from: 'string',
    '1st': 1,
    class: '1024x1024',
    extra_headers: 'string',
    timeout: 0,
    type: 'from',
    stream: true,
  });
  const want = [
    { json: '{"x": "foo-bar"}', type: 'foo-bar' },
    { json: '{"x": "foo_bar"}', type: 'foo_bar' },
    { json: '{"x": "any"}', type: 'any' },
  ];
  let i = 0;
  for await (const event of stream) {
    assert.equal(event['x'], want[i]?.type);
    sameJSON(event, want[i]?.json ?? 'null');
    i += 1;
  }
  assert.equal(i, want.length);
});
