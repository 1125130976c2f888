// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// File inputs: every form toFile takes, the content type each gets, and the bodies built from them.

import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import type { OperationTable } from '../../src/core/config.js';
import { binaryBody, formBody, multipartBody, toFile } from '../../src/core/uploads.js';
import { sniffContentType } from '../../src/internal/mime.js';

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const WEBP = new TextEncoder().encode('RIFF\x10\x00\x00\x00WEBPVP8 ');
const GIF = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');
const TEXT = new TextEncoder().encode('just some text');

const OP: OperationTable = {
  method: 'POST',
  path: '/edits',
  body: 'multipart',
  response: 'json',
  fields: {
    image: { kinds: ['file', 'array'], items: { kinds: ['file'] } },
    mask: { kinds: ['file'] },
    prompt: { kinds: ['string'] },
    n: { kinds: ['integer'] },
    stream: { kinds: ['boolean'] },
    tags: { kinds: ['array'], items: { kinds: ['string'] } },
    meta: { kinds: ['map'], values: { kinds: ['string'] } },
  },
  rules: [],
  stream_param: 'stream',
};

/** The parts of a multipart body as sent: name, filename, content type, content. */
async function parts(
  form: FormData,
): Promise<Array<{ name: string; filename?: string; type?: string; text: string }>> {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  const boundary = /boundary=(.+)$/.exec(request.headers.get('content-type') ?? '')?.[1] ?? '';
  const raw = Buffer.from(await request.arrayBuffer()).toString('latin1');
  return raw
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const [head = '', ...rest] = chunk.slice(2, -2).split('\r\n\r\n');
      const part: { name: string; filename?: string; type?: string; text: string } = {
        name: /name="([^"]*)"/.exec(head)?.[1] ?? '',
        text: rest.join('\r\n\r\n'),
      };
      const filename = /filename="([^"]*)"/.exec(head)?.[1];
      const type = /content-type: (.+)/i.exec(head)?.[1];
      if (filename !== undefined) part.filename = filename;
      if (type !== undefined) part.type = type.trim();
      return part;
    });
}

test('the magic bytes of PNG, JPEG, WEBP and GIF', () => {
  assert.equal(sniffContentType(PNG), 'image/png');
  assert.equal(sniffContentType(JPEG), 'image/jpeg');
  assert.equal(sniffContentType(WEBP), 'image/webp');
  assert.equal(sniffContentType(GIF), 'image/gif');
  assert.equal(sniffContentType(TEXT), undefined);
  assert.equal(sniffContentType(new Uint8Array([0x89, 0x50])), undefined);
});

test('toFile: the type is the given one, else the bytes, else the name', async () => {
  assert.equal((await toFile(Buffer.from(PNG), 'otter.png')).type, 'image/png');
  assert.equal((await toFile(Buffer.from(TEXT), 'otter.png')).type, 'image/png');
  assert.equal((await toFile(PNG, 'otter.bin')).type, 'image/png');
  assert.equal((await toFile(TEXT, 'notes.txt')).type, 'text/plain');
  assert.equal((await toFile(TEXT, 'data')).type, 'application/octet-stream');
  assert.equal((await toFile(PNG, 'x.png', { type: 'image/x-custom' })).type, 'image/x-custom');
  const unnamed = await toFile(JPEG.buffer);
  assert.equal(unnamed.type, 'image/jpeg');
  assert.equal(unnamed.name, 'file.jpg');
});

test('toFile takes File, Blob, Response, fs.ReadStream, async iterables, typed arrays and promises', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'uploads-'));
  const path = join(dir, 'otter.png');
  writeFileSync(path, PNG);
  const cases: Array<[string, Promise<File | { name: string; type: string; size: number }>]> = [
    ['File without a type', toFile(new File([PNG], 'otter.png'))],
    ['Blob', toFile(new Blob([PNG]), 'otter.png')],
    ['fs.ReadStream', toFile(createReadStream(path))],
    ['Response', toFile({ url: 'https://files.example/a/otter.png?x=1', blob: async () => new Blob([PNG]) })],
    [
      'async iterable',
      toFile(
        (async function* () {
          yield PNG.slice(0, 4);
          yield PNG.slice(4);
        })(),
        'otter.png',
      ),
    ],
    ['DataView', toFile(new DataView(PNG.buffer), 'otter.png')],
    ['promise', toFile(Promise.resolve(Buffer.from(PNG)), 'otter.png')],
  ];
  for (const [what, pending] of cases) {
    const file = await pending;
    assert.equal(file.name, 'otter.png', what);
    assert.equal(file.type, 'image/png', what);
    assert.equal(file.size, PNG.length, what);
  }
  const bytes = new Uint8Array(await (await toFile(createReadStream(path))).arrayBuffer());
  assert.deepEqual(bytes, PNG);
});

test('multipart: a file param is one part, a list of files repeated name[] parts, never fields', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'uploads-'));
  const path = join(dir, 'otter.png');
  writeFileSync(path, PNG);
  const one = await parts(
    await multipartBody(
      { image: Buffer.from(PNG), mask: new Uint8Array(GIF).buffer, prompt: 'an otter' },
      OP,
    ),
  );
  assert.deepEqual(
    one.map(({ name, filename, type }) => ({ name, filename, type })),
    [
      { name: 'image', filename: 'image.png', type: 'image/png' },
      { name: 'mask', filename: 'mask.gif', type: 'image/gif' },
      { name: 'prompt', filename: undefined, type: undefined },
    ],
  );
  assert.equal(one[0]?.text, Buffer.from(PNG).toString('latin1'));
  const many = await parts(
    await multipartBody({ image: [createReadStream(path), new File([JPEG], 'b.jpg'), WEBP] }, OP),
  );
  assert.deepEqual(
    many.map(({ name, filename, type }) => ({ name, filename, type })),
    [
      { name: 'image[]', filename: 'otter.png', type: 'image/png' },
      { name: 'image[]', filename: 'b.jpg', type: 'image/jpeg' },
      { name: 'image[]', filename: 'image.webp', type: 'image/webp' },
    ],
  );
});

test('multipart fields as the other SDKs send them: booleans, numbers, lists as name[], objects as JSON', async () => {
  const form = await multipartBody(
    {
      prompt: 'hi',
      n: 2,
      stream: false,
      tags: ['a', 'b'],
      meta: { k: 'v' },
      skipped: undefined,
      nothing: null,
    },
    OP,
  );
  assert.deepEqual(
    [...form.entries()],
    [
      ['prompt', 'hi'],
      ['n', '2'],
      ['stream', 'false'],
      ['tags[]', 'a'],
      ['tags[]', 'b'],
      ['meta', '{"k":"v"}'],
    ],
  );
});

test('a file param given something that is not a file is an error, not a field', async () => {
  await assert.rejects(
    multipartBody({ mask: Promise.resolve('not a file') }, OP),
    /param 'mask' must be a file/,
  );
});

test('form bodies repeat a list key; binary bodies are the bytes with their type', async () => {
  assert.equal(
    formBody({ a: 1, b: [true, 'x y'], c: undefined, d: { e: 1 } }).toString(),
    'a=1&b=true&b=x+y&d=%7B%22e%22%3A1%7D',
  );
  const png = await binaryBody(Buffer.from(PNG), 'cover');
  assert.equal(png.type, 'image/png');
  assert.deepEqual(new Uint8Array(await png.body.arrayBuffer()), PNG);
  assert.equal((await binaryBody(new File([TEXT], 'a.csv'), 'cover')).type, 'text/csv');
  await assert.rejects(binaryBody(undefined, 'cover'), /param 'cover' must be a file/);
});
