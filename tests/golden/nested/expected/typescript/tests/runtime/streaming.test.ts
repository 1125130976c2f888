// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The stream readers on bodies built in memory (and one over real HTTP): SSE framing, the op's
// stream table, limits, timeouts, and JSON Lines.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';

import type { ErrorConfig, StreamTable } from '../../src/core/config.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIResponseValidationError,
  APIUserAbortError,
} from '../../src/core/error.js';
import { JSONLDecoder, Stream } from '../../src/core/streaming.js';
import { SSEDecoder } from '../../src/internal/sse.js';

const ERRORS: ErrorConfig = {
  envelope: 'error',
  message: 'message',
  type: 'type',
  code: 'code',
  param: 'param',
  requestIdHeader: 'x-request-id',
};
const TABLE: StreamTable = {
  always: false,
  keepalive: ['ping'],
  error_event: 'error',
  done: '[DONE]',
  discriminator: 'type',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Piece = string | Uint8Array | { wait: number };

/** A body that sends the pieces in order (waiting where told), then ends, or stays open. */
function body(pieces: Piece[], open = false): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = 0;
  return new ReadableStream<Uint8Array>({
    async pull(ctrl) {
      for (;;) {
        const piece = pieces[i++];
        if (piece === undefined) {
          if (open) await new Promise(() => undefined); // no timer: an open body must not keep the process alive
          ctrl.close();
          return;
        }
        if (typeof piece === 'object' && 'wait' in piece) {
          await sleep(piece.wait);
          continue;
        }
        ctrl.enqueue(typeof piece === 'string' ? encoder.encode(piece) : piece);
        return;
      }
    },
  });
}

function sse(
  pieces: Piece[],
  options: { open?: boolean; idleTimeoutMs?: number; maxEventBytes?: number; signal?: AbortSignal } = {},
) {
  const response = new Response(body(pieces, options.open), { headers: { 'x-request-id': 'req_1' } });
  const { open: _, maxEventBytes, ...rest } = options;
  return Stream.fromSSEResponse<unknown>(response, new AbortController(), {
    stream: TABLE,
    errors: ERRORS,
    maxEventBytes: maxEventBytes ?? 1 << 20,
    ...rest,
  });
}

async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  assert.fail('expected a rejection');
}

test('SSE framing: CR, LF and CRLF, split anywhere, comments, multi-line data, event/id/retry, a BOM', () => {
  const text =
    ': hello\r\nevent: a\r\nid: 7\r\nretry: 1500\r\ndata: one\r\ndata:two\r\n\r\ndata: three\rdata: four\r\rdata: five\n\n';
  const whole = new SSEDecoder().feed(text);
  assert.deepEqual(whole, [
    { event: 'a', data: 'one\ntwo', id: '7', retry: 1500 },
    { event: null, data: 'three\nfour', id: '7', retry: 1500 },
    { event: null, data: 'five', id: '7', retry: 1500 },
  ]);
  for (let size = 1; size <= 5; size++) {
    const decoder = new SSEDecoder();
    const events = [];
    for (let i = 0; i < text.length; i += size) {
      events.push(...decoder.feed(text.slice(i, i + size)));
      events.push(...decoder.feed('')); // an empty chunk between a CR and its LF changes nothing
    }
    assert.deepEqual(events, whole, `chunks of ${size}`);
    assert.equal(decoder.pending(), 0);
  }
  assert.deepEqual(new SSEDecoder().feed('\ufeffdata: x\n\n'), [
    { event: null, data: 'x', id: null, retry: null },
  ]);
});

test('SSE decoding is linear: a 16 MB event in 1 KB chunks, 200 KB in 1-byte chunks, 200k events in one', () => {
  const big = 'x'.repeat(16 << 20);
  const decoder = new SSEDecoder(32 << 20);
  const started = Date.now();
  const text = `data: ${big}\n\n`;
  const events = [];
  for (let i = 0; i < text.length; i += 1024) events.push(...decoder.feed(text.slice(i, i + 1024)));
  assert.equal(events.length, 1);
  assert.equal(events[0]?.data.length, big.length);
  const small = `data: ${'y'.repeat(200_000)}\n\n`;
  const bytewise = new SSEDecoder();
  let count = 0;
  for (const c of small) count += bytewise.feed(c).length;
  assert.equal(count, 1);
  const lines = 'data: {}\n\n'.repeat(200_000); // many events in one chunk: no line end is searched for twice
  assert.equal(new SSEDecoder().feed(lines).length, 200_000);
  assert.equal(new SSEDecoder().feed(lines.replaceAll('\n', '\r\n')).length, 200_000);
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test('events become their JSON; keep-alives skipped; unknown types and non-JSON data kept', async () => {
  const items = await drain(
    sse([
      'data: {"type":"a","n":1}\n\n',
      'event: ping\ndata: {}\n\n',
      'data: {"type":"ping"}\n\n',
      ': comment\n\n',
      'data: {"type":"future.kind","detail":7}\n\n',
      'data: not json\n\n',
      'data: [1,2]\n\n',
    ]),
  );
  assert.deepEqual(items, [{ type: 'a', n: 1 }, { type: 'future.kind', detail: 7 }, 'not json', [1, 2]]);
});

test('the done line ends the stream; nothing after it is read', async () => {
  const items = await drain(
    sse(['data: {"type":"a"}\n\n', 'data: [DONE]\n\n', 'data: {"type":"b"}\n\n'], { open: true }),
  );
  assert.deepEqual(items, [{ type: 'a' }]);
});

test('an error event is an APIError with the message from the error config', async () => {
  const err = await failure(
    drain(
      sse([
        'data: {"type":"a"}\n\n',
        'event: error\ndata: {"error":{"message":"overloaded","code":"busy"}}\n\n',
      ]),
    ),
  );
  assert.ok(err instanceof APIError && !(err instanceof APIConnectionError), String(err));
  assert.equal(err.status, undefined);
  assert.equal(err.message, 'overloaded');
  assert.equal(err.code, 'busy');
  assert.equal(err.requestID, 'req_1');
  assert.deepEqual(err.error, { message: 'overloaded', code: 'busy' });
  const typed = await failure(drain(sse(['data: {"type":"error","error":{"message":"by type"}}\n\n'])));
  assert.ok(typed instanceof APIError && typed.message.includes('by type'), String(typed));
});

test('an error event that echoes a credential is redacted', async () => {
  const response = new Response(
    body(['event: error\ndata: {"error":{"message":"bad key sk-secret-1"}}\n\n']),
  );
  const stream = Stream.fromSSEResponse<unknown>(response, new AbortController(), {
    stream: TABLE,
    errors: ERRORS,
    maxEventBytes: 1000,
    redact: (text) => text.replaceAll('sk-secret-1', '[redacted]'),
  });
  const err = await failure(drain(stream));
  assert.ok(err instanceof APIError, String(err));
  assert.equal(err.message, 'bad key [redacted]');
  assert.ok(!JSON.stringify(err.error).includes('sk-secret-1'));
});

test('a data object with the error envelope and no discriminator is an APIError', async () => {
  const err = await failure(drain(sse(['data: {"error":{"message":"quota exceeded"}}\n\n'])));
  assert.ok(err instanceof APIError && err.message.includes('quota exceeded'), String(err));
  const raw = await failure(drain(sse(['event: error\ndata: plain text\n\n'])));
  assert.ok(raw instanceof APIError && raw.message.includes('plain text'), String(raw));
});

test('a stream that ends in the middle of an event is an APIConnectionError', async () => {
  for (const tail of ['data: {"type":"b"}\n', 'data: {"type":"b"', 'event: x\n']) {
    const err = await failure(drain(sse(['data: {"type":"a"}\n\n', tail])));
    assert.ok(err instanceof APIConnectionError, String(err));
    assert.match((err as Error).message, /ended in the middle of an event/);
  }
});

test('an event larger than maxEventBytes is an APIResponseValidationError, in one line or many', async () => {
  const long = await failure(
    drain(sse(['data: ', 'x'.repeat(600), 'y'.repeat(600), '\n\n'], { maxEventBytes: 1000 })),
  );
  assert.ok(long instanceof APIResponseValidationError, String(long));
  const lines = Array.from({ length: 50 }, () => `data: ${'z'.repeat(40)}\n`);
  const many = await failure(drain(sse([...lines, '\n'], { maxEventBytes: 1000 })));
  assert.ok(many instanceof APIResponseValidationError, String(many));
  const comment = await failure(drain(sse([': ', 'c'.repeat(2000), '\n\n'], { maxEventBytes: 1000 })));
  assert.ok(comment instanceof APIResponseValidationError, String(comment));
});

test('bytes that are not UTF-8 are an APIResponseValidationError, not a TypeError', async () => {
  const bad = new Uint8Array([0x64, 0x61, 0x74, 0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a, 0x0a]);
  const err = await failure(drain(sse([bad])));
  assert.ok(err instanceof APIResponseValidationError, String(err));
  const half = await failure(drain(sse(['data: "', new Uint8Array([0xe2, 0x82]), '"\n\n'])));
  assert.ok(half instanceof APIResponseValidationError, String(half));
  const cut = await failure(drain(sse(['data: {"type":"a"}\n\n', new Uint8Array([0xe2, 0x82])])));
  assert.ok(cut instanceof APIConnectionError, String(cut));
  const euro = new TextEncoder().encode('data: "€"\n\n');
  assert.deepEqual(await drain(sse([euro.slice(0, 8), euro.slice(8)])), ['€']);
});

test('no event within idleTimeoutMs (comments do not count) is an APIConnectionTimeoutError', async () => {
  const pings = Array.from({ length: 40 }, () => [': keep-alive\n\n', { wait: 20 }]).flat();
  const stream = sse(['data: {"type":"a"}\n\n', ...pings], { open: true, idleTimeoutMs: 150 });
  const seen: unknown[] = [];
  const started = Date.now();
  const err = await failure(
    (async () => {
      for await (const item of stream) seen.push(item);
    })(),
  );
  assert.ok(err instanceof APIConnectionTimeoutError, String(err));
  assert.deepEqual(seen, [{ type: 'a' }]);
  assert.ok(Date.now() - started < 2000);
  assert.ok(stream.controller.signal.aborted);
});

test('controller.abort() or break ends the stream quietly; the caller signal is an APIUserAbortError', async () => {
  const stream = sse(['data: {"type":"a"}\n\n'], { open: true });
  const seen: unknown[] = [];
  for await (const item of stream) {
    seen.push(item);
    setTimeout(() => stream.controller.abort(), 10);
  }
  assert.deepEqual(seen, [{ type: 'a' }]);
  const left = sse(['data: {"type":"a"}\n\n', 'data: {"type":"b"}\n\n'], { open: true });
  for await (const _ of left) break;
  assert.ok(left.controller.signal.aborted, 'leaving the loop early closes the stream');
  const user = new AbortController();
  const mine = sse(['data: {"type":"a"}\n\n'], { open: true, signal: user.signal });
  setTimeout(() => user.abort(), 20);
  const err = await failure(drain(mine));
  assert.ok(err instanceof APIUserAbortError, String(err));
});

test('tee() gives each side every item; a stream iterates once; toReadableStream round-trips', async () => {
  const events = ['data: {"type":"a"}\n\n', 'data: {"type":"b"}\n\n', 'data: [DONE]\n\n'];
  const [left, right] = sse(events).tee();
  const [l, r] = await Promise.all([drain(left), drain(right)]);
  assert.deepEqual(l, [{ type: 'a' }, { type: 'b' }]);
  assert.deepEqual(r, l);
  const once = sse(events);
  await drain(once);
  assert.throws(() => once[Symbol.asyncIterator](), /consumed/);
  const back = Stream.fromReadableStream<unknown>(sse(events).toReadableStream());
  assert.deepEqual(await drain(back), [{ type: 'a' }, { type: 'b' }]);
});

test('over HTTP: events arrive as sent, and a silent server times out', async (t) => {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write('data: {"type":"a"}\n\n');
    if (req.url === '/silent') return; // never another byte
    setTimeout(() => res.end('data: {"type":"b"}\n\ndata: [DONE]\n\n'), 30);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.closeAllConnections());
  t.after(() => server.close());
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const open = async (path: string, idleTimeoutMs?: number) => {
    const controller = new AbortController();
    const response = await fetch(base + path, { signal: controller.signal });
    return Stream.fromSSEResponse<unknown>(response, controller, {
      stream: TABLE,
      errors: ERRORS,
      maxEventBytes: 1 << 20,
      idleTimeoutMs,
    });
  };
  assert.deepEqual(await drain(await open('/')), [{ type: 'a' }, { type: 'b' }]);
  const err = await failure(drain(await open('/silent', 100)));
  assert.ok(err instanceof APIConnectionTimeoutError, String(err));
});

function jsonl(pieces: Piece[], maxLineBytes = 1 << 20, open = false) {
  return JSONLDecoder.fromResponse<unknown>(new Response(body(pieces, open)), new AbortController(), {
    maxLineBytes,
  });
}

test('JSONL: one value per non-empty line, CRLF, split characters, a last line without a newline', async () => {
  const euro = new TextEncoder().encode('{"s":"€"}\n');
  const rows = await drain(jsonl(['{"a":1}\r\n\n  \n{"a"', ':2}\n', euro.slice(0, 7), euro.slice(7), '[3]']));
  assert.deepEqual(rows, [{ a: 1 }, { a: 2 }, { s: '€' }, [3]]);
});

test('JSONL is lazy: the first row comes before the body ends', async () => {
  const decoder = jsonl(['{"n":1}\n'], 1 << 20, true);
  const iterator = decoder[Symbol.asyncIterator]();
  assert.deepEqual(await iterator.next(), { value: { n: 1 }, done: false });
  decoder.controller.abort();
  assert.equal((await iterator.next()).done, true);
});

test('JSONL: a line that is not JSON, too long, or not UTF-8 is an APIResponseValidationError', async () => {
  const bad = await failure(drain(jsonl(['{"a":1}\n', 'oops\n'])));
  assert.ok(bad instanceof APIResponseValidationError, String(bad));
  const long = await failure(drain(jsonl(['{"a":"', 'x'.repeat(200), 'x'.repeat(200), '"}\n'], 300)));
  assert.ok(long instanceof APIResponseValidationError, String(long));
  const bytes = await failure(drain(jsonl([new Uint8Array([0x22, 0xc3, 0x28, 0x22, 0x0a])])));
  assert.ok(bytes instanceof APIResponseValidationError, String(bytes));
});

test('JSONL: no line within idleTimeoutMs is an APIConnectionTimeoutError', async () => {
  const decoder = JSONLDecoder.fromResponse<unknown>(
    new Response(body(['{"n":1}\n'], true)),
    new AbortController(),
    {
      maxLineBytes: 1000,
      idleTimeoutMs: 100,
    },
  );
  const err = await failure(drain(decoder));
  assert.ok(err instanceof APIConnectionTimeoutError, String(err));
});
