// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APIError, ParamValidationError } from '../src/index.js';
import { newClient, rejection, requests, sameJSON, scope, type Received } from './testutil.js';

test('Things.create with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.things.create({
    name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
  });
  sameJSON(
    res,
    '{"$weird key": "`tick` */", "id": "id \\"\\"\\" ${x} {{ x }} \\\\ \\ud83e\\udda6", "mode": "a\\"b"}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/things');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/things');
  sameJSON(sent.query, '{}');
  sameJSON(
    sent.params,
    '{"name": "\\"\\"\\"; __import__(\'os\').system(\'touch PWNED\'); \\"\\"\\" */ ${x} {{ x }} \\ud83e\\udda6"}',
  );
});

test('Things.create with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.things.create({
    name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
    class: 1,
    mode: 'a"b',
    'x-y z': 'string',
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'class',
    'mode',
    'name',
    'x-y z',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/things');
  sameJSON(sent.query, '{}');
  sameJSON(
    sent.params,
    '{"class": 1, "mode": "a\\"b", "name": "\\"\\"\\"; __import__(\'os\').system(\'touch PWNED\'); \\"\\"\\" */ ${x} {{ x }} \\ud83e\\udda6", "x-y z": "string"}',
  );
});

test('Things.create accepts values an open enum does not list', async (t) => {
  const client = newClient(await scope(t.name));
  await client.things.create({
    name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
    mode: 'a-value-from-the-future',
  });
});

test('Things.create rule odd-mode', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
      mode: 'a"b',
      class: 2,
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(err.message.includes("param 'class'") && err.message.includes('(rule odd-mode'), err.message);
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).things.create({
      name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
      mode: 'a"b',
      class: 2,
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule odd-mode)'), server.message);
});

test('Things.create streaming', async (t) => {
  const client = newClient(await scope(t.name));
  const stream = await client.things.create({
    name: '"""; __import__(\'os\').system(\'touch PWNED\'); """ */ ${x} {{ x }} \ud83e\udda6',
    class: 1,
    mode: 'a"b',
    'x-y z': 'string',
    stream: true,
  });
  const want = [
    { json: '{"note": "note", "type": "evt \\"started\\" ${x}"}', type: 'evt "started" ${x}' },
    {
      json: '{"thing": {"$weird key": "`tick` */", "id": "id \\"\\"\\" ${x} {{ x }} \\\\ \\ud83e\\udda6", "mode": "a\\"b"}, "type": "evt.done */"}',
      type: 'evt.done */',
    },
  ];
  let i = 0;
  for await (const event of stream) {
    assert.equal(event['type'], want[i]?.type);
    sameJSON(event, want[i]?.json ?? 'null');
    i += 1;
  }
  assert.equal(i, want.length);
});
