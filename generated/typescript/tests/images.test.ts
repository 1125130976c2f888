// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APIError, ParamValidationError, toFile } from '../src/index.js';
import { PNG, newClient, rejection, requests, sameJSON, scope, type Received } from './testutil.js';

test('Images.createVariation with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.images.createVariation({ image: PNG });
  sameJSON(
    res,
    '{"background": "opaque", "created": 1713833628, "data": [{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg=="}], "output_format": "png", "quality": "low", "size": "1024x1024", "usage": {"input_tokens": 50, "input_tokens_details": {"image_tokens": 40, "text_tokens": 10}, "output_tokens": 50, "output_tokens_details": {"image_tokens": 50, "text_tokens": 0}, "total_tokens": 100}}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/images/variations');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/images/variations');
  sameJSON(sent.query, '{}');
  // one file goes as a single part named "image" (not "image"[]), typed from its bytes
  assert.equal((sent.params['image'] as { content_type?: string }).content_type, 'image/png');
});

test('Images.createVariation with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.images.createVariation({
    image: await toFile(PNG, 'image.png'),
    model: 'dall-e-2',
    n: 1,
    response_format: 'url',
    size: '256x256',
    user: 'string',
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'image',
    'model',
    'n',
    'response_format',
    'size',
    'user',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/images/variations');
  sameJSON(sent.query, '{}');
});

test('Images.createVariation accepts values an open enum does not list', async (t) => {
  const client = newClient(await scope(t.name));
  await client.images.createVariation({ image: PNG, model: 'a-value-from-the-future' });
});

test('Images.createVariation rule variation-dall-e-2-only', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(newClient(s).images.createVariation({ image: PNG, model: 'dall-e-3' }));
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'model'") && err.message.includes('(rule variation-dall-e-2-only'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.createVariation({ image: PNG, model: 'dall-e-3' }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule variation-dall-e-2-only)'), server.message);
});

test('Images.edit with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.images.edit({ image: PNG, prompt: 'A cute baby sea otter' });
  sameJSON(
    res,
    '{"background": "opaque", "created": 1713833628, "data": [{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg=="}], "output_format": "png", "quality": "low", "size": "1024x1024", "usage": {"input_tokens": 50, "input_tokens_details": {"image_tokens": 40, "text_tokens": 10}, "output_tokens": 50, "output_tokens_details": {"image_tokens": 50, "text_tokens": 0}, "total_tokens": 100}}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/images/edits');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/images/edits');
  sameJSON(sent.query, '{}');
  // one file goes as a single part named "image" (not "image"[]), typed from its bytes
  assert.equal((sent.params['image'] as { content_type?: string }).content_type, 'image/png');
});

test('Images.edit with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.images.edit({
    image: [await toFile(PNG, 'image.png'), await toFile(PNG, 'image.png')],
    prompt: 'A cute baby sea otter',
    background: 'transparent',
    input_fidelity: 'high',
    mask: await toFile(PNG, 'image.png'),
    model: 'gpt-image-1.5',
    n: 1,
    output_compression: 0,
    output_format: 'webp',
    partial_images: 0,
    quality: 'low',
    size: '1024x1024',
    user: 'string',
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'background',
    'image',
    'input_fidelity',
    'mask',
    'model',
    'n',
    'output_compression',
    'output_format',
    'partial_images',
    'prompt',
    'quality',
    'size',
    'user',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/images/edits');
  sameJSON(sent.query, '{}');
  // several files go as repeated "image"[] parts, each typed from its name or bytes
  const parts = sent.params['image'] as Array<{ content_type?: string }>;
  assert.equal(parts.length, 2);
  assert.ok(
    parts.every((p) => p.content_type === 'image/png'),
    JSON.stringify(parts),
  );
});

test('Images.edit accepts values an open enum does not list', async (t) => {
  const client = newClient(await scope(t.name));
  await client.images.edit({ image: PNG, prompt: 'A cute baby sea otter', model: 'a-value-from-the-future' });
});

test('Images.edit rule edit-models', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({ image: PNG, prompt: 'A cute baby sea otter', model: 'dall-e-3' }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(err.message.includes("param 'model'") && err.message.includes('(rule edit-models'), err.message);
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'dall-e-3',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule edit-models)'), server.message);
});

test('Images.edit rule prompt-length-dall-e-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({ image: PNG, prompt: 'x'.repeat(1001), model: 'dall-e-2' }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'prompt'") && err.message.includes('(rule prompt-length-dall-e-2'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'x'.repeat(1001),
      model: 'dall-e-2',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule prompt-length-dall-e-2)'), server.message);
});

test('Images.edit rule one-image-dall-e-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({ image: [PNG, PNG], prompt: 'A cute baby sea otter', model: 'dall-e-2' }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'image'") && err.message.includes('(rule one-image-dall-e-2'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: [PNG, PNG],
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule one-image-dall-e-2)'), server.message);
});

test('Images.edit rule gpt-image-only-params', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      background: 'transparent',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'background'") && err.message.includes('(rule gpt-image-only-params'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      background: 'transparent',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule gpt-image-only-params)'), server.message);
});

test('Images.edit rule input-fidelity-models', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      input_fidelity: 'high',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'input_fidelity'") && err.message.includes('(rule input-fidelity-models'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      input_fidelity: 'high',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule input-fidelity-models)'), server.message);
});

test('Images.edit rule no-transparent-background-gpt-image-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-2',
      background: 'transparent',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'background'") &&
      err.message.includes('(rule no-transparent-background-gpt-image-2'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-2',
      background: 'transparent',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule no-transparent-background-gpt-image-2)'), server.message);
});

test('Images.edit rule transparent-needs-alpha-format', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      background: 'transparent',
      output_format: 'jpeg',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'output_format'") &&
      err.message.includes('(rule transparent-needs-alpha-format'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      background: 'transparent',
      output_format: 'jpeg',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule transparent-needs-alpha-format)'), server.message);
});

test('Images.edit rule compression-needs-lossy-format', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      output_format: 'png',
      output_compression: 0,
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'output_compression'") &&
      err.message.includes('(rule compression-needs-lossy-format'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      output_format: 'png',
      output_compression: 0,
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule compression-needs-lossy-format)'), server.message);
});

test('Images.edit rule response-format-dall-e-2-only', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      response_format: 'url',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'response_format'") &&
      err.message.includes('(rule response-format-dall-e-2-only'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      response_format: 'url',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule response-format-dall-e-2-only)'), server.message);
});

test('Images.edit rule quality-dall-e-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      quality: 'low',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'quality'") && err.message.includes('(rule quality-dall-e-2'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      quality: 'low',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule quality-dall-e-2)'), server.message);
});

test('Images.edit rule quality-gpt-image', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      quality: 'standard',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'quality'") && err.message.includes('(rule quality-gpt-image'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      quality: 'standard',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule quality-gpt-image)'), server.message);
});

test('Images.edit rule size-dall-e-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      size: '1536x1024',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(err.message.includes("param 'size'") && err.message.includes('(rule size-dall-e-2'), err.message);
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      size: '1536x1024',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule size-dall-e-2)'), server.message);
});

test('Images.edit rule size-gpt-image', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      size: '256x256',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'size'") && err.message.includes('(rule size-gpt-image'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      size: '256x256',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule size-gpt-image)'), server.message);
});

test('Images.edit rule size-gpt-image-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-2',
      size: '1025x1025',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'size'") && err.message.includes('(rule size-gpt-image-2'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.edit({
      image: PNG,
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-2',
      size: '1025x1025',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule size-gpt-image-2)'), server.message);
});

test('Images.edit streaming', async (t) => {
  const client = newClient(await scope(t.name));
  const stream = await client.images.edit({
    image: [PNG, PNG],
    prompt: 'A cute baby sea otter',
    background: 'transparent',
    input_fidelity: 'high',
    mask: PNG,
    model: 'gpt-image-1.5',
    n: 1,
    output_compression: 0,
    output_format: 'webp',
    partial_images: 2,
    quality: 'low',
    size: '1024x1024',
    user: 'string',
    stream: true,
  });
  const want = [
    {
      json: '{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==", "background": "opaque", "created_at": 1713833628, "output_format": "png", "partial_image_index": 0, "quality": "low", "size": "1024x1024", "type": "image_edit.partial_image"}',
      type: 'image_edit.partial_image',
    },
    {
      json: '{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==", "background": "opaque", "created_at": 1713833628, "output_format": "png", "partial_image_index": 1, "quality": "low", "size": "1024x1024", "type": "image_edit.partial_image"}',
      type: 'image_edit.partial_image',
    },
    {
      json: '{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==", "background": "opaque", "created_at": 1713833628, "output_format": "png", "quality": "low", "size": "1024x1024", "type": "image_edit.completed", "usage": {"input_tokens": 50, "input_tokens_details": {"image_tokens": 40, "text_tokens": 10}, "output_tokens": 50, "total_tokens": 100}}',
      type: 'image_edit.completed',
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

test('Images.generate with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.images.generate({ prompt: 'A cute baby sea otter' });
  sameJSON(
    res,
    '{"background": "opaque", "created": 1713833628, "data": [{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg=="}], "output_format": "png", "quality": "low", "size": "1024x1024", "usage": {"input_tokens": 50, "input_tokens_details": {"image_tokens": 40, "text_tokens": 10}, "output_tokens": 50, "output_tokens_details": {"image_tokens": 50, "text_tokens": 0}, "total_tokens": 100}}',
  );
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/images/generations');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/images/generations');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"prompt": "A cute baby sea otter"}');
});

test('Images.generate with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.images.generate({
    prompt: 'A cute baby sea otter',
    background: 'transparent',
    model: 'gpt-image-1.5',
    moderation: 'low',
    n: 1,
    output_compression: 0,
    output_format: 'webp',
    partial_images: 0,
    quality: 'low',
    size: 'auto',
    user: 'string',
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'background',
    'model',
    'moderation',
    'n',
    'output_compression',
    'output_format',
    'partial_images',
    'prompt',
    'quality',
    'size',
    'user',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/v1/images/generations');
  sameJSON(sent.query, '{}');
  sameJSON(
    sent.params,
    '{"background": "transparent", "model": "gpt-image-1.5", "moderation": "low", "n": 1, "output_compression": 0, "output_format": "webp", "partial_images": 0, "prompt": "A cute baby sea otter", "quality": "low", "size": "auto", "user": "string"}',
  );
});

test('Images.generate accepts values an open enum does not list', async (t) => {
  const client = newClient(await scope(t.name));
  await client.images.generate({ prompt: 'A cute baby sea otter', model: 'a-value-from-the-future' });
});

test('Images.generate rule prompt-length-dall-e-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(newClient(s).images.generate({ prompt: 'x'.repeat(1001), model: 'dall-e-2' }));
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'prompt'") && err.message.includes('(rule prompt-length-dall-e-2'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({ prompt: 'x'.repeat(1001), model: 'dall-e-2' }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule prompt-length-dall-e-2)'), server.message);
});

test('Images.generate rule prompt-length-dall-e-3', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(newClient(s).images.generate({ prompt: 'x'.repeat(4001), model: 'dall-e-3' }));
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'prompt'") && err.message.includes('(rule prompt-length-dall-e-3'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({ prompt: 'x'.repeat(4001), model: 'dall-e-3' }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule prompt-length-dall-e-3)'), server.message);
});

test('Images.generate rule n-dall-e-3', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({ prompt: 'A cute baby sea otter', model: 'dall-e-3', n: 2 }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(err.message.includes("param 'n'") && err.message.includes('(rule n-dall-e-3'), err.message);
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'dall-e-3',
      n: 2,
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule n-dall-e-3)'), server.message);
});

test('Images.generate rule style-dall-e-3-only', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({ prompt: 'A cute baby sea otter', model: 'gpt-image-1.5', style: 'vivid' }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'style'") && err.message.includes('(rule style-dall-e-3-only'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      style: 'vivid',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule style-dall-e-3-only)'), server.message);
});

test('Images.generate rule gpt-image-only-params', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      background: 'transparent',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'background'") && err.message.includes('(rule gpt-image-only-params'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      background: 'transparent',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule gpt-image-only-params)'), server.message);
});

test('Images.generate rule no-transparent-background-gpt-image-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-2',
      background: 'transparent',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'background'") &&
      err.message.includes('(rule no-transparent-background-gpt-image-2'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-2',
      background: 'transparent',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule no-transparent-background-gpt-image-2)'), server.message);
});

test('Images.generate rule transparent-needs-alpha-format', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({
      prompt: 'A cute baby sea otter',
      background: 'transparent',
      output_format: 'jpeg',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'output_format'") &&
      err.message.includes('(rule transparent-needs-alpha-format'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      background: 'transparent',
      output_format: 'jpeg',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule transparent-needs-alpha-format)'), server.message);
});

test('Images.generate rule compression-needs-lossy-format', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({
      prompt: 'A cute baby sea otter',
      output_format: 'png',
      output_compression: 0,
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'output_compression'") &&
      err.message.includes('(rule compression-needs-lossy-format'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      output_format: 'png',
      output_compression: 0,
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule compression-needs-lossy-format)'), server.message);
});

test('Images.generate rule response-format-dall-e-only', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      response_format: 'url',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'response_format'") &&
      err.message.includes('(rule response-format-dall-e-only'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      response_format: 'url',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule response-format-dall-e-only)'), server.message);
});

test('Images.generate rule quality-dall-e-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({ prompt: 'A cute baby sea otter', model: 'dall-e-2', quality: 'hd' }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'quality'") && err.message.includes('(rule quality-dall-e-2'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      quality: 'hd',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule quality-dall-e-2)'), server.message);
});

test('Images.generate rule quality-dall-e-3', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({ prompt: 'A cute baby sea otter', model: 'dall-e-3', quality: 'low' }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'quality'") && err.message.includes('(rule quality-dall-e-3'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'dall-e-3',
      quality: 'low',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule quality-dall-e-3)'), server.message);
});

test('Images.generate rule quality-gpt-image', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      quality: 'standard',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'quality'") && err.message.includes('(rule quality-gpt-image'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      quality: 'standard',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule quality-gpt-image)'), server.message);
});

test('Images.generate rule size-dall-e-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({ prompt: 'A cute baby sea otter', model: 'dall-e-2', size: 'auto' }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(err.message.includes("param 'size'") && err.message.includes('(rule size-dall-e-2'), err.message);
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'dall-e-2',
      size: 'auto',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule size-dall-e-2)'), server.message);
});

test('Images.generate rule size-dall-e-3', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({ prompt: 'A cute baby sea otter', model: 'dall-e-3', size: 'auto' }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(err.message.includes("param 'size'") && err.message.includes('(rule size-dall-e-3'), err.message);
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'dall-e-3',
      size: 'auto',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule size-dall-e-3)'), server.message);
});

test('Images.generate rule size-gpt-image', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      size: '256x256',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'size'") && err.message.includes('(rule size-gpt-image'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-1.5',
      size: '256x256',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule size-gpt-image)'), server.message);
});

test('Images.generate rule size-gpt-image-2', async (t) => {
  const s = await scope(t.name);
  const err = await rejection(
    newClient(s).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-2',
      size: '1025x1025',
    }),
  );
  assert.ok(err instanceof ParamValidationError, String(err));
  assert.ok(
    err.message.includes("param 'size'") && err.message.includes('(rule size-gpt-image-2'),
    err.message,
  );
  assert.equal((await requests(s)).length, 0);
  const server = await rejection(
    newClient(s, { validation: 'off' }).images.generate({
      prompt: 'A cute baby sea otter',
      model: 'gpt-image-2',
      size: '1025x1025',
    }),
  );
  assert.ok(server instanceof APIError && server.status === 400, String(server));
  assert.ok(server.message.includes('(rule size-gpt-image-2)'), server.message);
});

test('Images.generate streaming', async (t) => {
  const client = newClient(await scope(t.name));
  const stream = await client.images.generate({
    prompt: 'A cute baby sea otter',
    background: 'transparent',
    model: 'gpt-image-1.5',
    moderation: 'low',
    n: 1,
    output_compression: 0,
    output_format: 'webp',
    partial_images: 2,
    quality: 'low',
    size: 'auto',
    user: 'string',
    stream: true,
  });
  const want = [
    {
      json: '{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==", "background": "opaque", "created_at": 1713833628, "output_format": "png", "partial_image_index": 0, "quality": "low", "size": "1024x1024", "type": "image_generation.partial_image"}',
      type: 'image_generation.partial_image',
    },
    {
      json: '{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==", "background": "opaque", "created_at": 1713833628, "output_format": "png", "partial_image_index": 1, "quality": "low", "size": "1024x1024", "type": "image_generation.partial_image"}',
      type: 'image_generation.partial_image',
    },
    {
      json: '{"b64_json": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4P9P4PwAHMQLLg39xVAAAAABJRU5ErkJggg==", "background": "opaque", "created_at": 1713833628, "output_format": "png", "quality": "low", "size": "1024x1024", "type": "image_generation.completed", "usage": {"input_tokens": 50, "input_tokens_details": {"image_tokens": 40, "text_tokens": 10}, "output_tokens": 50, "total_tokens": 100}}',
      type: 'image_generation.completed',
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
