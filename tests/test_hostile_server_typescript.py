"""The generated TypeScript SDK against the hostile server of tests/test_hostile_server_go.py (the same
scenarios, on 127.0.0.1): the key echoed back in an error, a redirect URL and a stream's error event,
redirects to another origin, invalid UTF-8 in a stream, a trickled body, healthy and stalled streams,
gzip bombs, unusable Retry-After values. The package is built into a temp folder and driven by `node --test`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from tests.conftest import ROOT
from tests.test_hostile_server_go import KEY, SEEN, servers  # noqa: F401  (servers: the fixture)

NODE_TEST = r"""
import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpenAI from './dist/index.js';

const key = KEY;
const hostile = (scenario, options = {}) =>
  new OpenAI({ apiKey: key, baseURL: `${process.env.HOSTILE_URL}/${scenario}/v1`, maxRetries: 0, ...options });
const failure = async (promise) => {
  try {
    const value = await promise;
    if (value && typeof value[Symbol.asyncIterator] === 'function') for await (const _ of value);
  } catch (err) {
    return err;
  }
  assert.fail('no error');
};
const noKey = (err) => {
  const text = `${err} ${err.stack} ${JSON.stringify(err)} ${JSON.stringify(err.error ?? null)} ${err.requestID ?? ''} ${err.type ?? ''}`;
  assert.ok(!text.includes(key), `the key shows: ${text}`);
  assert.ok(text.includes('[redacted]'), text);
};

test('the key is redacted in an API error that echoes it', async () => {
  const err = await failure(hostile('echo-error').images.generate({ prompt: 'a cat' }));
  assert.ok(err instanceof OpenAI.AuthenticationError, String(err));
  noKey(err);
});

test('a redirect to another origin is not followed, and its URL does not show the key', async () => {
  const err = await failure(hostile('echo-redirect').images.generate({ prompt: 'a cat' }));
  assert.ok(err instanceof OpenAI.APIError && err.status === 307, String(err));
  assert.ok(!String(err).includes(key));
  const other = await failure(hostile('redirect-port').images.generate({ prompt: 'a cat' }));
  assert.ok(other instanceof OpenAI.APIError && other.status === 307 && String(other).includes('another origin'), String(other));
});

test('a redirect within the origin is followed', async () => {
  const res = await hostile('redirect-same').images.generate({ prompt: 'a cat' });
  assert.equal(res.created, 1700000000);
});

test('the key is redacted in a stream error event that echoes it', async () => {
  const err = await failure(hostile('echo-stream').images.generate({ prompt: 'a cat', stream: true }));
  assert.ok(err instanceof OpenAI.APIError, String(err));
  noKey(err);
});

test('an unusable Retry-After falls back to the backoff', async () => {
  for (const scenario of ['retry-soon', 'retry-huge']) {
    const started = Date.now();
    const res = await hostile(scenario, { maxRetries: 1 }).images.generate({ prompt: 'a cat' });
    assert.equal(res.created, 1700000000);
    assert.ok(Date.now() - started < 5000, `${scenario} took ${Date.now() - started} ms`);
  }
});

test('invalid UTF-8 in an event is the SDK own error', async () => {
  const err = await failure(hostile('bad-utf8-stream').images.generate({ prompt: 'a cat', stream: true }));
  assert.ok(err instanceof OpenAI.OpenAIError && !(err instanceof TypeError), `${err?.constructor?.name} ${err}`);
});

test('the timeout bounds a trickled body as a whole', async () => {
  const started = Date.now();
  const err = await failure(hostile('trickle-body', { timeout: 1000 }).images.generate({ prompt: 'a cat' }));
  assert.ok(err instanceof OpenAI.APIConnectionTimeoutError, String(err));
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test('a healthy stream longer than the timeout is not cut', async () => {
  const stream = await hostile('slow-healthy-stream', { timeout: 1500 }).images.generate({ prompt: 'a cat', stream: true });
  let n = 0;
  for await (const _ of stream) n += 1;
  assert.equal(n, 6);
});

test('a stalled stream times out per event', async () => {
  const started = Date.now();
  const stream = await hostile('stalled-stream', { timeout: 1000 }).images.generate({ prompt: 'a cat', stream: true });
  let n = 0;
  const err = await failure((async () => { for await (const _ of stream) n += 1; })());
  assert.equal(n, 1);
  assert.ok(err instanceof OpenAI.APIConnectionTimeoutError, String(err));
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test('a gzip bomb is capped, in a body and in a stream', async () => {
  const err = await failure(hostile('gzip-bomb', { maxResponseBytes: 1 << 20 }).images.generate({ prompt: 'a cat' }));
  assert.ok(err instanceof OpenAI.OpenAIError && /maxResponseBytes/.test(String(err)), String(err));
  const streamed = await failure(hostile('gzip-bomb-stream', { maxResponseBytes: 1 << 20 }).images.generate({ prompt: 'a cat', stream: true }));
  assert.ok(streamed instanceof OpenAI.OpenAIError && /maxResponseBytes/.test(String(streamed)), String(streamed));
});
""".replace("KEY", json.dumps(KEY))


def test_typescript_sdk_against_a_hostile_server(servers: tuple[str, str], tmp_path: Path) -> None:  # noqa: F811
    pkg = tmp_path / "pkg"
    shutil.copytree(ROOT / "generated" / "typescript", pkg, ignore=shutil.ignore_patterns("node_modules", "dist", "build"))
    build = subprocess.run([str(ROOT / "node_modules" / ".bin" / "tsc"), "-p", "tsconfig.build.json"], cwd=pkg, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    (pkg / "hostile.test.mjs").write_text(NODE_TEST)
    SEEN.clear()
    proc = subprocess.run(["node", "--test", "--test-reporter=spec", "hostile.test.mjs"], cwd=pkg, env={**os.environ, "HOSTILE_URL": servers[0]},
                          capture_output=True, text=True, timeout=300)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-8000:]
    assert "✖" not in proc.stdout and "pass 10" in proc.stdout, out[-3000:]
    # no credential ever reached the other origin (the redirects to it were not followed)
    assert not SEEN.get("other"), SEEN.get("other")
