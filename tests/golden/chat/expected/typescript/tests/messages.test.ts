// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Messages.create with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.messages.create({
    max_tokens: 1,
    messages: [{ content: [{ text: 'string', type: 'text' }], role: 'user' }],
    model: 'string',
  });
  sameJSON(
    res,
    '{"content": [{"text": "text", "type": "text"}], "id": "id", "model": "model", "role": "assistant", "stop_reason": "end_turn", "type": "message", "usage": {"input_tokens": 0, "output_tokens": 0}}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/messages');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages');
  sameJSON(sent.query, '{}');
  sameJSON(
    sent.params,
    '{"max_tokens": 1, "messages": [{"content": [{"text": "string", "type": "text"}], "role": "user"}], "model": "string"}',
  );
});

test('Messages.create with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.messages.create({
    max_tokens: 1,
    messages: [
      { content: [{ text: 'string', type: 'text' }], role: 'user' },
      { content: [{ text: 'string', type: 'text' }], role: 'user' },
    ],
    model: 'string',
    metadata: { key: 'string' },
    temperature: 0,
    tools: [
      { input_schema: { key: 'value' }, name: 'get_weather' },
      { input_schema: { key: 'value' }, name: 'get_weather' },
    ],
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'max_tokens',
    'messages',
    'metadata',
    'model',
    'temperature',
    'tools',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/messages');
  sameJSON(sent.query, '{}');
  sameJSON(
    sent.params,
    '{"max_tokens": 1, "messages": [{"content": [{"text": "string", "type": "text"}], "role": "user"}, {"content": [{"text": "string", "type": "text"}], "role": "user"}], "metadata": {"key": "string"}, "model": "string", "temperature": 0, "tools": [{"input_schema": {"key": "value"}, "name": "get_weather"}, {"input_schema": {"key": "value"}, "name": "get_weather"}]}',
  );
});

test('Messages.create streaming', async (t) => {
  const client = newClient(await scope(t.name));
  const stream = await client.messages.create({
    max_tokens: 1,
    messages: [
      { content: [{ text: 'string', type: 'text' }], role: 'user' },
      { content: [{ text: 'string', type: 'text' }], role: 'user' },
    ],
    model: 'string',
    metadata: { key: 'string' },
    temperature: 0,
    tools: [
      { input_schema: { key: 'value' }, name: 'get_weather' },
      { input_schema: { key: 'value' }, name: 'get_weather' },
    ],
    stream: true,
  });
  const want = [
    {
      json: '{"message": {"content": [{"text": "text", "type": "text"}], "id": "id", "model": "model", "role": "assistant", "stop_reason": "end_turn", "type": "message", "usage": {"input_tokens": 0, "output_tokens": 0}}, "type": "message_start"}',
      type: 'message_start',
    },
    {
      json: '{"delta": {"text": "text", "type": "type"}, "index": 0, "type": "content_block_delta"}',
      type: 'content_block_delta',
    },
    { json: '{"type": "message_stop"}', type: 'message_stop' },
  ];
  let i = 0;
  for await (const event of stream) {
    assert.equal(event['type'], want[i]?.type);
    sameJSON(event, want[i]?.json ?? 'null');
    i += 1;
  }
  assert.equal(i, want.length);
});
