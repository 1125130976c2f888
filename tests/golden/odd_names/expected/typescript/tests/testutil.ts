// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Drives the mock server (python -m generator mock) from the generated tests.
import assert from 'node:assert/strict';
import { OddClient, type ClientOptions } from '../src/index.js';

let counter = 0;

/** TEST_API_BASE_URL, or the mock server's default address. */
export const baseURL: string = process.env['TEST_API_BASE_URL'] || 'http://127.0.0.1:4010/v1';

function origin(): string {
  return new URL(baseURL).origin;
}

/** A name for this test's faults and requests on the mock server. */
export async function scope(name: string): Promise<string> {
  const res = await fetch(`${origin()}/__mock/health`).catch((err: unknown) => {
    throw new Error(
      `no mock server at ${baseURL} (${String(err)}): start one with \`make mock\` or set TEST_API_BASE_URL`,
    );
  });
  await res.arrayBuffer();
  counter += 1;
  return `${name.replace(/[^A-Za-z0-9_.-]/g, '_')}-${Date.now()}-${counter}`;
}

/** Makes the mock server misbehave for this scope's next requests. */
export async function fault(scopeName: string, spec: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${origin()}/__mock/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...spec, scope: scopeName }),
  });
  assert.equal(res.status, 200, await res.text());
}

export type Received = {
  method: string;
  path: string;
  raw_path: string;
  query: Record<string, string[]>;
  headers: Record<string, string>;
  params: Record<string, unknown>;
};

/** What the mock server received in this scope. */
export async function requests(scopeName: string): Promise<Received[]> {
  const res = await fetch(`${origin()}/__mock/requests?scope=${encodeURIComponent(scopeName)}`);
  return ((await res.json()) as { requests: Received[] }).requests;
}

/** A client of the mock server whose requests carry the scope. */
export function newClient(scopeName: string, options: ClientOptions = {}): OddClient {
  return new OddClient({
    credentials: 'My credentials',
    baseURL,
    defaultHeaders: { 'X-Mock-Scope': scopeName },
    ...options,
  });
}

/** A 1x1 PNG. */
export const PNG = Uint8Array.from(
  Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da' +
      '63f83fd3f83f00073102cb837f71540000000049454e44ae426082',
    'hex',
  ),
);

/** Fails unless got, as JSON, equals the JSON text want. */
export function sameJSON(got: unknown, want: string): void {
  assert.deepStrictEqual(JSON.parse(JSON.stringify(got)), JSON.parse(want));
}

/** Every item of an async iterable. */
export async function drain<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
  }
  return out;
}

/** A call's value, read to its end when it is a stream (a page stays as it is: iterating it fetches more pages). */
export async function settle(promise: PromiseLike<unknown>): Promise<unknown> {
  const value = await promise;
  const stream = value && typeof value === 'object' && 'controller' in value && Symbol.asyncIterator in value;
  return stream ? drain(value as AsyncIterable<unknown>) : value;
}

/** The error a promise rejects with (fails when it resolves). */
export async function rejection(promise: PromiseLike<unknown>): Promise<Error> {
  try {
    await settle(promise);
  } catch (err) {
    assert.ok(err instanceof Error, `not an Error: ${String(err)}`);
    return err;
  }
  assert.fail('the call did not fail');
}
