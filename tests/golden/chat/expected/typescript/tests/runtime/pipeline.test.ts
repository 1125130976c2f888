// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The request pipeline over real HTTP (a node:http server on 127.0.0.1), with tables of its own so
// that it checks the runtime the same way for every API: routing, credentials, platform headers,
// retries, timeouts, aborts, redirects, redaction, size limits, errors, responses and pages.

import assert from 'node:assert/strict';
import { type IncomingHttpHeaders, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';

import { BaseClient, type CoreClientOptions, type Logger } from '../../src/core/client.js';
import type { ClientConfig, OperationTables } from '../../src/core/config.js';
import {
  ChatterError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIRedirectError,
  APIResponseValidationError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  ParamValidationError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../../src/core/error.js';
import type { Stream } from '../../src/core/streaming.js';
import { toFile } from '../../src/core/uploads.js';

const KEY = 'sk-test/Secret+Key=42';
const ADMIN = 'adm-very-secret-99';

const CONFIG: ClientConfig = {
  name: 'Acme',
  packageVersion: '1.2.3',
  baseURL: 'http://127.0.0.1:9',
  baseURLEnv: '',
  credentials: [
    {
      key: 'api_key',
      option: 'apiKey',
      env: 'ACME_PIPELINE_TEST_KEY',
      scheme: 'bearer',
      header: 'Authorization',
      prefix: 'Bearer ',
    },
    { key: 'admin_key', option: 'adminKey', env: '', scheme: 'header', header: 'X-Admin-Key', prefix: '' },
    {
      key: 'basic',
      option: 'basicAuth',
      env: '',
      scheme: 'basic',
      header: 'Authorization',
      prefix: 'Basic ',
    },
  ],
  headers: [{ option: 'tenant', header: 'Acme-Tenant', env: '', default: 't-default', required: false }],
  errors: {
    envelope: 'error',
    message: 'message',
    type: 'type',
    code: 'code',
    param: 'param',
    requestIdHeader: 'x-request-id',
  },
  platformHeaders: [
    ['user_agent', 'User-Agent'],
    ['lang', 'X-Acme-Lang'],
    ['package_version', 'X-Acme-Package-Version'],
    ['os', 'X-Acme-OS'],
    ['arch', 'X-Acme-Arch'],
    ['runtime', 'X-Acme-Runtime'],
    ['runtime_version', 'X-Acme-Runtime-Version'],
    ['timeout', 'X-Acme-Timeout'],
    ['retry_count', 'X-Acme-Retry-Count'],
    ['async', 'X-Acme-Async'],
  ],
  validationEnv: 'ACME_PIPELINE_TEST_VALIDATION',
  logEnv: 'ACME_PIPELINE_TEST_LOG',
  streamAccept: 'text/event-stream',
};

const get = (path: string, fields = {}, extra = {}) => ({
  method: 'GET',
  path,
  body: 'json',
  response: 'json',
  fields,
  rules: [],
  stream_param: '',
  ...extra,
});
const post = (path: string, fields = {}, extra = {}) => ({ ...get(path, fields, extra), method: 'POST' });

const TABLES: OperationTables = {
  _models: {},
  _unions: {},
  _generated: 'pipeline test',
  'things.route': post('/things/{thing_id}/parts/{part}', {
    thing_id: { in: 'path', kinds: ['string'], required: true },
    part: { in: 'path', kinds: ['integer'], required: true },
    q: { in: 'query', kinds: ['string'] },
    flag: { in: 'query', kinds: ['boolean'] },
    off: { in: 'query', kinds: ['boolean'] },
    n: { in: 'query', kinds: ['integer'] },
    tags: { in: 'query', kinds: ['array'], items: { kinds: ['string'] } },
    fields: { in: 'query', kinds: ['array'], items: { kinds: ['string'] }, style: 'comma' },
    trace: { in: 'header', header: 'X-Trace', kinds: ['string'] },
    langs: { in: 'header', header: 'X-Langs', kinds: ['array'], items: { kinds: ['string'] } },
    name: { kinds: ['string'] },
    note: { kinds: ['string'], nullable: true },
    meta: { kinds: ['map'], values: { kinds: ['string'] } },
  }),
  'things.get': get('/things/{thing_id}', {
    thing_id: { in: 'path', kinds: ['string'], required: true },
    name: { kinds: ['string'] },
  }),
  'things.create': post('/things', {
    name: { kinds: ['string'] },
    limit: { kinds: ['integer'], minimum: 1 },
  }),
  'things.admin': { ...post('/admin'), auth: ['admin_key', 'api_key'] },
  'things.admin_only': { ...post('/admin-only'), auth: ['admin_key'] },
  'things.basic': { ...get('/basic'), auth: ['basic'] },
  'things.form': {
    ...post('/form', {
      name: { kinds: ['string'] },
      tags: { kinds: ['array'], items: { kinds: ['string'] } },
      ok: { kinds: ['boolean'] },
    }),
    body: 'form',
  },
  'things.upload': {
    ...post('/upload', {
      file: { kinds: ['file'], required: true },
      name: { kinds: ['string'] },
      n: { kinds: ['integer'] },
    }),
    body: 'multipart',
  },
  'things.put_raw': {
    ...post('/raw/{id}', {
      id: { in: 'path', kinds: ['string'], required: true },
      content: { kinds: ['file'], required: true },
    }),
    method: 'PUT',
    body: 'binary',
  },
  'things.text': { ...get('/text'), response: 'text' },
  'things.none': { ...post('/none'), response: 'none' },
  'things.binary': { ...get('/binary'), response: 'binary' },
  'things.lines': { ...get('/lines'), response: 'jsonl' },
  'things.events': {
    ...get('/events'),
    stream: {
      always: true,
      done: '[DONE]',
      keepalive: ['ping'],
      error_event: 'error',
      discriminator: 'type',
    },
  },
  'things.cursor': get(
    '/cursor',
    { after: { in: 'query', kinds: ['string'] }, limit: { in: 'query', kinds: ['integer'] } },
    {
      pagination: {
        style: 'cursor',
        items: 'data',
        has_more: 'has_more',
        after: { param: 'after', item: 'id' },
      },
    },
  ),
  'things.cursor_field': get(
    '/cursor-field',
    { after_id: { in: 'query', kinds: ['string'] } },
    {
      pagination: {
        style: 'cursor',
        items: 'data',
        has_more: 'has_more',
        after: { param: 'after_id', from: 'last_id' },
      },
    },
  ),
  'things.pages': get(
    '/pages',
    { page: { in: 'query', kinds: ['integer'] } },
    { pagination: { style: 'page', items: 'items', param: 'page', total: 'total_pages' } },
  ),
  'things.offset': get(
    '/offset',
    { offset: { in: 'query', kinds: ['integer'] } },
    { pagination: { style: 'offset', items: 'data', param: 'offset', total: 'total' } },
  ),
};

interface Seen {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
type Handler = (req: Seen, res: ServerResponse, index: number) => void | Promise<void>;
interface Server {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

/** A server on 127.0.0.1 answering with `handler`; it records every request it got. */
async function serve(handler: Handler): Promise<Server> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const one: Seen = {
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://x'),
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      seen.push(one);
      Promise.resolve(handler(one, res, seen.length - 1)).catch((err: unknown) => {
        res.statusCode = 599;
        res.end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const ok: Handler = (_req, res) => json(res, 200, { ok: true });

/** A client of the test tables against `server`, with an API key unless told otherwise. */
function client(server: Server | string, options: Record<string, unknown> = {}): BaseClient {
  const baseURL = typeof server === 'string' ? server : server.url;
  const opts: CoreClientOptions & Record<string, unknown> = {
    baseURL,
    apiKey: KEY,
    maxRetries: 0,
    logLevel: 'off',
    ...options,
  };
  return new BaseClient(opts, CONFIG, TABLES);
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  assert.fail('expected a rejection');
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected an exception');
}

/** Runs `fn` against a server, closing it afterwards. */
async function withServer(handler: Handler, fn: (server: Server) => Promise<void>): Promise<void> {
  const server = await serve(handler);
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

const header = (req: Seen | undefined, name: string) => req?.headers[name.toLowerCase()];

test('routing: path segments encoded, query scalars/booleans/arrays, header params, JSON body with null, undefined left out', async () => {
  await withServer(ok, async (server) => {
    const c = client(server, { defaultQuery: { region: 'eu' } });
    await c.request(
      'things.route',
      {
        thing_id: 'a b/c?é~-._',
        part: 7,
        q: 'x&y=z',
        flag: true,
        off: false,
        n: 3,
        tags: ['a', 'b'],
        fields: ['title', 'genre'],
        trace: 'tr-1',
        langs: ['en', 'fr'],
        name: 'thing',
        note: null,
        meta: { k: 'v' },
        missing: undefined,
      },
      { query: { extra: 'e' }, body: { more: 1 } },
    );
    const req = server.seen[0];
    assert.ok(req);
    assert.equal(req.method, 'POST');
    assert.equal(req.url.pathname, '/things/a%20b%2Fc%3F%C3%A9~-._/parts/7');
    const query = req.url.searchParams;
    assert.equal(query.get('q'), 'x&y=z');
    assert.equal(query.get('flag'), 'true');
    assert.equal(query.get('off'), 'false');
    assert.equal(query.get('n'), '3');
    assert.deepEqual(query.getAll('tags'), ['a', 'b']);
    assert.deepEqual(query.getAll('fields'), ['title,genre']);
    assert.equal(query.get('region'), 'eu');
    assert.equal(query.get('extra'), 'e');
    assert.equal(header(req, 'X-Trace'), 'tr-1');
    assert.equal(header(req, 'X-Langs'), 'en,fr');
    assert.equal(header(req, 'content-type'), 'application/json');
    assert.equal(header(req, 'accept'), 'application/json');
    assert.deepEqual(JSON.parse(req.body.toString()), {
      name: 'thing',
      note: null,
      meta: { k: 'v' },
      more: 1,
    });
  });
});

test('routing: a GET sends no body, even for a field that would go in one', async () => {
  await withServer(ok, async (server) => {
    await client(server).request('things.get', { thing_id: 'x', name: 'ignored-in-body' });
    const req = server.seen[0];
    assert.equal(req?.method, 'GET');
    assert.equal(req?.body.length, 0);
    assert.equal(header(req, 'content-type'), undefined);
  });
});

test('routing: form, multipart and binary bodies', async () => {
  await withServer(ok, async (server) => {
    const c = client(server);
    await c.request('things.form', { name: 'a b', tags: ['x', 'y'], ok: true });
    await c.request('things.upload', {
      file: await toFile(new TextEncoder().encode('hello'), 'h.txt', { type: 'text/plain' }),
      name: 'n',
      n: 2,
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await c.request('things.put_raw', { id: 'r1', content: await toFile(png, 'p.png') });
    const [form, multipart, raw] = server.seen;
    assert.match(String(header(form, 'content-type')), /^application\/x-www-form-urlencoded/);
    assert.equal(form?.body.toString(), 'name=a+b&tags=x&tags=y&ok=true');
    const type = String(header(multipart, 'content-type'));
    assert.match(type, /^multipart\/form-data; boundary=/);
    const parsed = await new Response(new Uint8Array(multipart?.body ?? []), {
      headers: { 'content-type': type },
    }).formData();
    const file = parsed.get('file');
    assert.ok(file instanceof Blob);
    assert.equal(await file.text(), 'hello');
    assert.equal(parsed.get('name'), 'n');
    assert.equal(parsed.get('n'), '2');
    assert.equal(raw?.method, 'PUT');
    assert.equal(raw?.url.pathname, '/raw/r1');
    assert.equal(header(raw, 'content-type'), 'image/png');
    assert.deepEqual(new Uint8Array(raw?.body ?? []), png);
  });
});

test('Accept by response kind: json, text, jsonl, stream', async () => {
  await withServer(
    (req, res) => {
      if (req.url.pathname === '/text') res.end('plain');
      else if (req.url.pathname === '/lines') res.end('{"a":1}\n');
      else if (req.url.pathname === '/events') res.end('data: [DONE]\n\n');
      else json(res, 200, {});
    },
    async (server) => {
      const c = client(server);
      await c.request('things.text', {});
      for await (const _ of await c.request<AsyncIterable<unknown>>('things.lines', {})) void _;
      for await (const _ of await c.request<Stream<unknown>>('things.events', {})) void _;
      assert.deepEqual(
        server.seen.map((r) => header(r, 'accept')),
        ['text/plain', 'application/jsonl', 'text/event-stream'],
      );
    },
  );
});

test('credentials: the op takes its auth list, the first held credential is sent; none held fails before sending', async () => {
  await withServer(ok, async (server) => {
    await client(server).request('things.create', {});
    await client(server, { adminKey: ADMIN }).request('things.admin', {});
    await client(server).request('things.admin', {});
    assert.equal(header(server.seen[0], 'authorization'), `Bearer ${KEY}`);
    assert.equal(header(server.seen[1], 'x-admin-key'), ADMIN);
    assert.equal(header(server.seen[1], 'authorization'), undefined);
    assert.equal(header(server.seen[2], 'authorization'), `Bearer ${KEY}`);
    const err = await failure(client(server).request('things.admin_only', {}));
    assert.ok(err instanceof ChatterError);
    assert.match(String((err as Error).message), /adminKey/);
    assert.equal(server.seen.length, 3);
    await client(server).request('things.admin_only', {}, { headers: { 'X-Admin-Key': 'by-hand' } });
    assert.equal(header(server.seen[3], 'x-admin-key'), 'by-hand');
  });
});

test('credentials: basic sends base64 of user:password; a client without any credential cannot be built', async () => {
  await withServer(ok, async (server) => {
    await client(server, { apiKey: null, basicAuth: 'user:pa:ss' }).request('things.basic', {});
    assert.equal(header(server.seen[0], 'authorization'), `Basic ${btoa('user:pa:ss')}`);
  });
  const err = thrown(() => client('http://127.0.0.1:9', { apiKey: null }));
  assert.ok(err instanceof ChatterError);
  for (const name of ['apiKey', 'ACME_PIPELINE_TEST_KEY', 'adminKey', 'basicAuth'])
    assert.match((err as Error).message, new RegExp(name));
  const env = globalThis.process.env;
  env['ACME_PIPELINE_TEST_KEY'] = 'from-env';
  try {
    await withServer(ok, async (server) => {
      await client(server, { apiKey: undefined }).request('things.create', {});
      assert.equal(header(server.seen[0], 'authorization'), 'Bearer from-env');
    });
  } finally {
    delete env['ACME_PIPELINE_TEST_KEY'];
  }
});

test('headers: client header options with defaults, defaultHeaders, per-request headers (null removes), idempotency key', async () => {
  await withServer(ok, async (server) => {
    const c = client(server, { defaultHeaders: { 'X-Default': 'd', 'X-Gone': 'g' } });
    await c.request(
      'things.create',
      {},
      { headers: { 'X-Gone': null, 'X-Per-Call': 'p' }, idempotencyKey: 'idem-1' },
    );
    await client(server, { tenant: 't-9' }).request(
      'things.create',
      {},
      { headers: { 'Acme-Tenant': null } },
    );
    await client(server, { tenant: 't-9' }).request('things.create', {});
    const [first, removed, set] = server.seen;
    assert.equal(header(first, 'acme-tenant'), 't-default');
    assert.equal(header(first, 'x-default'), 'd');
    assert.equal(header(first, 'x-gone'), undefined);
    assert.equal(header(first, 'x-per-call'), 'p');
    assert.equal(header(first, 'idempotency-key'), 'idem-1');
    assert.equal(header(removed, 'acme-tenant'), undefined);
    assert.equal(header(set, 'acme-tenant'), 't-9');
  });
  const required: ClientConfig = {
    ...CONFIG,
    headers: [
      {
        option: 'tenant',
        header: 'Acme-Tenant',
        env: 'ACME_PIPELINE_TEST_TENANT',
        default: '',
        required: true,
      },
    ],
  };
  const err = thrown(() => new BaseClient({ apiKey: KEY } as CoreClientOptions, required, TABLES));
  assert.ok(err instanceof ChatterError);
  assert.match((err as Error).message, /tenant.*ACME_PIPELINE_TEST_TENANT/);
});

test('platform headers: the usual values (MacOS, x64, node), the timeout in whole seconds, the attempt index on each try', async () => {
  await withServer(
    (_req, res, i) => (i === 0 ? json(res, 500, {}, { 'retry-after-ms': '0' }) : json(res, 200, {})),
    async (server) => {
      await client(server, { maxRetries: 1, timeout: 12_999 }).request('things.create', {});
      const proc = globalThis.process;
      const os: Record<string, string> = {
        darwin: 'MacOS',
        linux: 'Linux',
        win32: 'Windows',
        freebsd: 'FreeBSD',
        openbsd: 'OpenBSD',
      };
      const arch: Record<string, string> = { x64: 'x64', arm64: 'arm64', arm: 'arm', ia32: 'x32' };
      for (const [i, req] of server.seen.entries()) {
        assert.equal(header(req, 'user-agent'), 'Acme/JS 1.2.3');
        assert.equal(header(req, 'x-acme-lang'), 'js');
        assert.equal(header(req, 'x-acme-package-version'), '1.2.3');
        assert.equal(header(req, 'x-acme-os'), os[proc.platform] ?? `Other:${proc.platform}`);
        assert.equal(header(req, 'x-acme-arch'), arch[proc.arch] ?? `other:${proc.arch}`);
        assert.equal(header(req, 'x-acme-runtime'), 'node');
        assert.equal(header(req, 'x-acme-runtime-version'), proc.version);
        assert.equal(header(req, 'x-acme-timeout'), '12');
        assert.equal(header(req, 'x-acme-retry-count'), String(i));
        assert.equal(header(req, 'x-acme-async'), undefined);
      }
      assert.equal(server.seen.length, 2);
    },
  );
});

test('retries: 408/409/429/5xx and connection errors are retried, 4xx not; x-should-retry overrides; maxRetries bounds', async () => {
  const plan: Array<[number, Record<string, string>]> = [
    [429, {}],
    [503, {}],
    [409, {}],
    [408, {}],
    [200, {}],
  ];
  await withServer(
    (_req, res, i) => {
      const [status, headers] = plan[i] ?? [200, {}];
      json(res, status, { n: i }, { 'retry-after-ms': '0', ...headers });
    },
    async (server) => {
      const body = await client(server, { maxRetries: 4 }).request<{ n: number }>('things.create', {});
      assert.equal(body.n, 4);
    },
  );
  const once = async (status: number, extra: Record<string, string>, maxRetries = 2) => {
    let count = 0;
    await withServer(
      (_req, res) => {
        count++;
        json(res, status, { error: { message: 'nope' } }, { 'retry-after-ms': '0', ...extra });
      },
      async (server) => {
        await failure(client(server, { maxRetries }).request('things.create', {}));
      },
    );
    return count;
  };
  assert.equal(await once(400, {}), 1);
  assert.equal(await once(404, {}), 1);
  assert.equal(await once(500, {}), 3);
  assert.equal(await once(500, {}, 0), 1);
  assert.equal(await once(500, { 'x-should-retry': 'false' }), 1);
  assert.equal(await once(400, { 'x-should-retry': 'true' }), 3);
  await withServer(
    (req, res, i) => {
      if (i === 0) req.body && res.socket?.destroy();
      else json(res, 200, { ok: true });
    },
    async (server) => {
      assert.deepEqual(await client(server, { maxRetries: 1 }).request('things.create', {}), { ok: true });
      assert.equal(server.seen.length, 2);
    },
  );
});

/** How long the retry after a 503 carrying these headers waited, in ms. */
async function retryWait(headers: Record<string, string>): Promise<number> {
  const times: number[] = [];
  await withServer(
    (_req, res, i) => {
      times.push(performance.now());
      json(res, i === 0 ? 503 : 200, {}, i === 0 ? headers : {});
    },
    async (server) => {
      await client(server, { maxRetries: 1 }).request('things.create', {});
    },
  );
  return (times[1] ?? 0) - (times[0] ?? 0);
}

test('retry-after-ms and retry-after (seconds, HTTP date) are honoured', async () => {
  const [ms, s, date] = await Promise.all([
    retryWait({ 'retry-after-ms': '50' }),
    retryWait({ 'retry-after': '1' }),
    retryWait({ 'retry-after': new Date(Date.now() + 2000).toUTCString() }),
  ]);
  assert.ok(ms >= 45 && ms < 300, `retry-after-ms: 50 waited ${ms}`);
  assert.ok(s >= 950 && s < 1500, `retry-after: 1 waited ${s}`);
  assert.ok(date >= 500 && date < 2500, `retry-after as a date waited ${date}`);
});

test('retry-after that is unusable (not a plain number, too far) falls back to exponential backoff', async () => {
  const asked: Record<string, string>[] = ['soon', '120', '-1', '1e-3', '+0', '0x1', 'Infinity'].map((v) => ({
    'retry-after': v,
  }));
  asked.push({ 'retry-after-ms': '5e1' }, { 'retry-after-ms': '61000' });
  const waits = await Promise.all(asked.map(retryWait));
  for (const [i, waited] of waits.entries()) {
    assert.ok(
      waited >= 350 && waited < 1200,
      `${JSON.stringify(asked[i])} waited ${waited} ms, not the backoff (375-500)`,
    );
  }
});

test('timeout: each attempt is bounded, retried, then APIConnectionTimeoutError; a trickled body counts', async () => {
  await withServer(
    (_req, res) => {
      setTimeout(() => json(res, 200, {}), 1000).unref();
    },
    async (server) => {
      const started = performance.now();
      const err = await failure(client(server, { timeout: 100, maxRetries: 1 }).request('things.create', {}));
      assert.ok(err instanceof APIConnectionTimeoutError, String(err));
      assert.equal(server.seen.length, 2);
      assert.ok(performance.now() - started < 1000);
    },
  );
  await withServer(
    async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a": "');
      for (let i = 0; i < 20 && !res.destroyed; i++) {
        await new Promise((r) => setTimeout(r, 50));
        res.write('x');
      }
      res.end('"}');
    },
    async (server) => {
      const err = await failure(client(server, { timeout: 300 }).request('things.create', {}));
      assert.ok(err instanceof APIConnectionTimeoutError, String(err));
    },
  );
});

test('timeout: a stream is bounded per event, not as a whole', async () => {
  await withServer(
    async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (let i = 0; i < 4; i++) {
        res.write(`data: {"type":"tick","i":${i}}\n\n`);
        await new Promise((r) => setTimeout(r, 120));
      }
      res.end('data: [DONE]\n\n');
    },
    async (server) => {
      const events: unknown[] = [];
      for await (const event of await client(server, { timeout: 300 }).request<Stream<unknown>>(
        'things.events',
        {},
      ))
        events.push(event);
      assert.equal(events.length, 4);
    },
  );
});

test("abort: the caller's signal ends the call with APIUserAbortError, without retrying", async () => {
  await withServer(
    () => undefined,
    async (server) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const err = await failure(
        client(server, { maxRetries: 2 }).request('things.create', {}, { signal: controller.signal }),
      );
      assert.ok(err instanceof APIUserAbortError, String(err));
      assert.equal(server.seen.length, 1);
      const before = await failure(
        client(server).request('things.create', {}, { signal: AbortSignal.abort() }),
      );
      assert.ok(before instanceof APIUserAbortError);
      assert.equal(server.seen.length, 1);
    },
  );
});

test('redirects: followed within the origin (303 and a POST 302 as GET, 307 keeps the body); another origin is an error', async () => {
  await withServer(
    (req, res) => {
      const to: Record<string, [number, string]> = {
        '/things': [307, '/moved'],
        '/moved': [303, '/final'],
        '/admin': [302, '/final'],
      };
      const hop = to[req.url.pathname];
      if (hop) {
        res.writeHead(hop[0], { location: hop[1] });
        res.end();
      } else json(res, 200, { at: req.url.pathname, method: req.method });
    },
    async (server) => {
      const body = await client(server, { adminKey: ADMIN }).request('things.create', { name: 'x' });
      assert.deepEqual(body, { at: '/final', method: 'GET' });
      const [first, moved, final] = server.seen;
      assert.equal(first?.body.toString(), '{"name":"x"}');
      assert.equal(moved?.method, 'POST');
      assert.equal(moved?.body.toString(), '{"name":"x"}');
      assert.equal(final?.method, 'GET');
      assert.equal(header(final, 'authorization'), `Bearer ${KEY}`);
      await client(server, { adminKey: ADMIN }).request('things.admin', {});
      assert.equal(server.seen[4]?.method, 'GET');
    },
  );
  await withServer(ok, async (elsewhere) => {
    await withServer(
      (_req, res) => {
        res.writeHead(302, { location: `${elsewhere.url}/steal?key=${encodeURIComponent(KEY)}` });
        res.end();
      },
      async (server) => {
        const err = await failure(client(server).request('things.create', {}));
        assert.ok(err instanceof APIRedirectError, String(err));
        assert.ok(err instanceof APIError);
        assert.equal(err.status, 302);
        assert.match(err.message, /302/);
        assert.ok(err.message.includes(new URL(elsewhere.url).host), err.message);
        assert.ok(!err.message.includes(KEY) && !err.message.includes(encodeURIComponent(KEY)));
        assert.equal(elsewhere.seen.length, 0);
      },
    );
  });
  await withServer(
    (_req, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    },
    async (server) => {
      const err = await failure(client(server).request('things.get', { thing_id: 'x' }));
      assert.ok(err instanceof APIRedirectError, String(err));
      assert.ok(server.seen.length <= 11);
    },
  );
});

test('redaction: an echoing server never gets the key into errors, request ids or logs', async () => {
  const lines: string[] = [];
  const logger: Logger = {
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
  };
  await withServer(
    (req, res) => {
      const auth = String(header(req, 'authorization') ?? header(req, 'x-admin-key'));
      json(
        res,
        401,
        {
          error: {
            message: `bad key ${auth} (${encodeURIComponent(KEY)})`,
            type: auth,
            code: KEY,
            param: btoa(KEY),
          },
        },
        { 'x-request-id': `req-${KEY}` },
      );
    },
    async (server) => {
      const err = await failure(client(server, { logLevel: 'debug', logger }).request('things.create', {}));
      assert.ok(err instanceof AuthenticationError);
      const everything = JSON.stringify({
        message: err.message,
        error: err.error,
        type: err.type,
        code: err.code,
        param: err.param,
        id: err.requestID,
        lines,
      });
      for (const form of [KEY, encodeURIComponent(KEY), btoa(KEY)])
        assert.ok(!everything.includes(form), `${form} in ${everything}`);
      assert.match(err.message, /\[redacted\]/);
      assert.ok(lines.length > 0);
    },
  );
});

test('size limit: a body over maxResponseBytes is an APIResponseValidationError and is not read further', async () => {
  const chunk = 'x'.repeat(1 << 16);
  let written = 0;
  await withServer(
    async (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('["');
      const closed = new Promise<void>((r) => res.once('close', r));
      for (let i = 0; i < 1024 && !res.destroyed; i++) {
        await Promise.race([new Promise<void>((r) => res.write(chunk, () => r())), closed]);
        written += chunk.length;
      }
      res.end('"]');
    },
    async (server) => {
      const err = await failure(client(server, { maxResponseBytes: 4096 }).request('things.create', {}));
      assert.ok(err instanceof APIResponseValidationError, String(err));
      assert.match(err.message, /4096/);
      await new Promise((r) => setTimeout(r, 100));
    },
  );
  assert.ok(written < 16 << 20, `the server wrote ${written} bytes of 64 MiB`);
});

test('responses: JSON that does not parse or is not UTF-8 is an APIResponseValidationError; text, none and binary kinds', async () => {
  await withServer(
    (req, res) => {
      if (req.url.pathname === '/things')
        res.end(
          req.method === 'POST' && header(req, 'x-bad') === 'utf8'
            ? Buffer.from([0x22, 0xff, 0x22])
            : '{"not json',
        );
      else if (req.url.pathname === '/text') res.end('héllo');
      else if (req.url.pathname === '/none') res.end('ignored');
      else res.end(Buffer.from([0, 1, 2, 255]));
    },
    async (server) => {
      const c = client(server);
      assert.ok((await failure(c.request('things.create', {}))) instanceof APIResponseValidationError);
      assert.ok(
        (await failure(c.request('things.create', {}, { headers: { 'X-Bad': 'utf8' } }))) instanceof
          APIResponseValidationError,
      );
      assert.equal(await c.request<string>('things.text', {}), 'héllo');
      assert.equal(await c.request<void>('things.none', {}), undefined);
      const response = await c.request<Response>('things.binary', {});
      assert.ok(response instanceof Response);
      assert.equal(response.bodyUsed, false);
      assert.deepEqual(new Uint8Array(await response.arrayBuffer()), new Uint8Array([0, 1, 2, 255]));
    },
  );
});

test('errors: the class by status, the message as "<status> <message>", the fields of the error object, the request id', async () => {
  const classes: Array<[number, unknown]> = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ];
  await withServer(
    (req, res) => {
      const status = Number(req.url.searchParams.get('status'));
      if (status === 502) {
        res.writeHead(502, { 'content-type': 'text/html', 'x-request-id': 'req_html' });
        res.end('<html>bad gateway</html>');
        return;
      }
      json(
        res,
        status,
        { error: { message: `failed ${status}`, type: 'invalid_request', code: 'c1', param: 'name' } },
        { 'x-request-id': `req_${status}` },
      );
    },
    async (server) => {
      const c = client(server);
      for (const [status, cls] of classes) {
        const err = await failure(c.request('things.create', {}, { query: { status } }));
        assert.equal((err as object).constructor, cls, `${status}: ${String(err)}`);
        assert.ok(err instanceof APIError && err instanceof ChatterError);
        assert.equal(err.status, status);
        assert.equal(err.message, `${status} failed ${status}`);
        assert.equal(err.type, 'invalid_request');
        assert.equal(err.code, 'c1');
        assert.equal(err.param, 'name');
        assert.equal(err.requestID, `req_${status}`);
        assert.deepEqual(err.error, {
          message: `failed ${status}`,
          type: 'invalid_request',
          code: 'c1',
          param: 'name',
        });
        assert.equal(err.headers?.get('x-request-id'), `req_${status}`);
      }
      const html = await failure(c.request('things.create', {}, { query: { status: 502 } }));
      assert.ok(html instanceof InternalServerError);
      assert.match(html.message, /^502 /);
      assert.equal(html.requestID, 'req_html');
    },
  );
});

test('validation: strict throws before sending, warn logs and sends, off sends; a bad mode names its variable', async () => {
  const warnings: string[] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (m) => warnings.push(m),
    error: () => undefined,
  };
  await withServer(ok, async (server) => {
    const err = await failure(client(server).request('things.create', { limit: 0 }));
    assert.ok(err instanceof ParamValidationError, String(err));
    assert.match(err.message, /limit/);
    assert.equal(server.seen.length, 0);
    await client(server, { validation: 'warn', logLevel: 'warn', logger }).request('things.create', {
      limit: 0,
    });
    assert.equal(server.seen.length, 1);
    assert.match(warnings.join('\n'), /limit/);
    await client(server, { validation: 'off' }).request('things.create', { limit: 0 });
    assert.equal(server.seen.length, 2);
    const env = globalThis.process.env;
    env['ACME_PIPELINE_TEST_VALIDATION'] = 'off';
    try {
      await client(server).request('things.create', { limit: 0 });
      assert.equal(server.seen.length, 3);
      env['ACME_PIPELINE_TEST_VALIDATION'] = 'lenient';
      const bad = thrown(() => client(server));
      assert.ok(bad instanceof ChatterError);
      assert.match((bad as Error).message, /ACME_PIPELINE_TEST_VALIDATION/);
    } finally {
      delete env['ACME_PIPELINE_TEST_VALIDATION'];
    }
  });
});

test('logging: the level from the option or the environment; off by default for debug', async () => {
  const lines: string[] = [];
  const logger: Logger = {
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warn: (m) => lines.push(m),
    error: (m) => lines.push(m),
  };
  await withServer(ok, async (server) => {
    await client(server, { logLevel: undefined, logger }).request('things.create', {});
    assert.equal(lines.length, 0);
    const env = globalThis.process.env;
    env['ACME_PIPELINE_TEST_LOG'] = 'debug';
    try {
      await client(server, { logLevel: undefined, logger }).request('things.create', {});
    } finally {
      delete env['ACME_PIPELINE_TEST_LOG'];
    }
    assert.ok(
      lines.some((l) => l.includes('/things')),
      lines.join('\n'),
    );
  });
});

test('withResponse and asResponse: the parsed body with the Response and request id; the Response unread', async () => {
  await withServer(
    (_req, res) => json(res, 201, { id: 'x1' }, { 'x-request-id': 'req_42' }),
    async (server) => {
      const c = client(server);
      const { data, response, request_id } = await c
        .request<{ id: string }>('things.create', {})
        .withResponse();
      assert.equal(data.id, 'x1');
      assert.equal(response.status, 201);
      assert.equal(request_id, 'req_42');
      const raw = await c.request('things.create', {}).asResponse();
      assert.equal(raw.bodyUsed, false);
      assert.deepEqual(await raw.json(), { id: 'x1' });
      const promise = c.request<{ id: string }>('things.create', {});
      const [a, b] = await Promise.all([promise, promise.withResponse()]);
      assert.equal(a.id, b.data.id);
      assert.equal(server.seen.length, 3);
    },
  );
});

/** A server of `count` items "i0".. in pages of `size`, in every pagination style of the tables. */
function pager(count: number, size: number): Handler {
  const all = Array.from({ length: count }, (_, i) => ({ id: `i${i}` }));
  return (req, res) => {
    const q = req.url.searchParams;
    const cursorAt = (after: string | null) => (after ? all.findIndex((x) => x.id === after) + 1 : 0);
    switch (req.url.pathname) {
      case '/cursor': {
        const at = cursorAt(q.get('after'));
        const data = all.slice(at, at + Number(q.get('limit') ?? size));
        return json(res, 200, { data, has_more: at + data.length < count });
      }
      case '/cursor-field': {
        const at = cursorAt(q.get('after_id'));
        const data = all.slice(at, at + size);
        return json(res, 200, { data, has_more: at + data.length < count, last_id: data.at(-1)?.id ?? null });
      }
      case '/pages': {
        const page = Number(q.get('page') ?? 1);
        return json(res, 200, {
          items: all.slice((page - 1) * size, page * size),
          total_pages: Math.ceil(count / size),
        });
      }
      default: {
        const offset = Number(q.get('offset') ?? 0);
        return json(res, 200, { data: all.slice(offset, offset + size), total: count });
      }
    }
  };
}

test('pagination: cursor (item and field), page and offset styles over HTTP, lazily, every item once', async () => {
  await withServer(pager(7, 3), async (server) => {
    const c = client(server);
    const ids = ['i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6'];
    for (const op of ['things.cursor', 'things.cursor_field', 'things.pages', 'things.offset']) {
      const seen: string[] = [];
      for await (const item of c.requestPage<{ id: string }>(op, {})) seen.push(item.id);
      assert.deepEqual(seen, ids, op);
    }
    assert.deepEqual(
      server.seen.filter((r) => r.url.pathname === '/cursor').map((r) => r.url.search),
      ['', '?after=i2', '?after=i5'],
    );
    assert.deepEqual(
      server.seen.filter((r) => r.url.pathname === '/offset').map((r) => r.url.search),
      ['', '?offset=3', '?offset=6'],
    );
    const before = server.seen.length;
    const first = await c.requestPage<{ id: string }>('things.cursor', { limit: 2 });
    assert.equal(server.seen.length, before + 1);
    assert.deepEqual(
      first.getPaginatedItems().map((x) => x.id),
      ['i0', 'i1'],
    );
    assert.equal(first.body['has_more'], true);
    assert.ok(first.hasNextPage());
    const second = await first.getNextPage();
    assert.equal(server.seen.at(-1)?.url.search, '?limit=2&after=i1');
    assert.deepEqual(
      second.getPaginatedItems().map((x) => x.id),
      ['i2', 'i3'],
    );
    const pages: number[] = [];
    for await (const page of first.iterPages()) pages.push(page.getPaginatedItems().length);
    assert.deepEqual(pages, [2, 2, 2, 1]);
    let last = first;
    for await (const page of first.iterPages()) last = page;
    assert.equal(last.hasNextPage(), false);
    assert.ok((await failure(last.getNextPage())) instanceof ChatterError);
  });
});

test('pagination: an empty page ends the list; errors on a later page reach the loop', async () => {
  await withServer(
    (req, res) => {
      const after = req.url.searchParams.get('after');
      if (!after) return json(res, 200, { data: [{ id: 'a' }], has_more: true });
      return json(res, 500, { error: { message: 'page two broke' } }, { 'x-should-retry': 'false' });
    },
    async (server) => {
      const seen: string[] = [];
      const err = await failure(
        (async () => {
          for await (const item of client(server).requestPage<{ id: string }>('things.cursor', {}))
            seen.push(item.id);
        })(),
      );
      assert.deepEqual(seen, ['a']);
      assert.ok(err instanceof InternalServerError);
    },
  );
  await withServer(
    (_req, res) => json(res, 200, { data: [], has_more: true }),
    async (server) => {
      for (const op of ['things.cursor', 'things.offset', 'things.pages']) {
        const page = await client(server).requestPage(op, {});
        assert.equal(page.hasNextPage(), false, op);
      }
    },
  );
});

test('connection refused is an APIConnectionError after the retries', async () => {
  const server = await serve(ok);
  await server.close();
  const err = await failure(client(server, { maxRetries: 1 }).request('things.create', {}));
  assert.ok(err instanceof APIConnectionError && !(err instanceof APIConnectionTimeoutError), String(err));
  assert.ok(!err.message.includes(KEY));
});
