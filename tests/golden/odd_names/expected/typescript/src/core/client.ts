// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The request pipeline every generated method delegates to (docs/runtime-contract.md): validate
// the params against the tables, route them, send with the credentials, platform headers,
// retries and timeouts, follow redirects only within the origin, and read the body within its
// size limit into the result the operation's table names.

import { APIPromise, type RawResult } from './api-promise.js';
import { type ClientConfig, type OperationTable, type OperationTables, operation } from './config.js';
import {
  OddClientError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIRedirectError,
  APIResponseValidationError,
  APIUserAbortError,
  readErrorBody,
} from './error.js';
import { Page, PagePromise, nextPageParams } from './pagination.js';
import type { HeadersLike, RequestOptions } from './request-options.js';
import { JSONLDecoder, Stream } from './streaming.js';
import { binaryBody, formBody, isFileField, multipartBody } from './uploads.js';
import { type ValidationMode, validateParams } from './validation.js';

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';
export interface Logger {
  debug(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

/** The settings every client takes (the generated ClientOptions adds its credentials and headers). */
export interface CoreClientOptions {
  /** Defaults to the spec's base URL (or its environment variable). */
  baseURL?: string | null | undefined;
  /** Milliseconds for each attempt (default 600000: 10 minutes); for a stream, for the response and then each event. */
  timeout?: number | undefined;
  /** Retries of connection errors, timeouts, 408, 409, 429 and 5xx (default 2). */
  maxRetries?: number | undefined;
  defaultHeaders?: HeadersLike | undefined;
  defaultQuery?: Record<string, string | undefined> | undefined;
  /** A fetch to use instead of the platform's. */
  fetch?: Fetch | undefined;
  fetchOptions?: RequestInit | undefined;
  /** Checking params against the spec before sending (default strict, or the spec's environment variable). */
  validation?: ValidationMode | undefined;
  /** The largest decoded body read (default 256 MiB); for streams and JSON Lines, the largest event or line. */
  maxResponseBytes?: number | undefined;
  logLevel?: LogLevel | undefined;
  logger?: Logger | undefined;
  /** Allows running in a browser, where the credentials would be visible to the page's users. */
  dangerouslyAllowBrowser?: boolean | undefined;
}

export const DEFAULT_TIMEOUT = 600_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'off'];
const ACCEPT: Record<string, string> = {
  json: 'application/json',
  none: 'application/json',
  jsonl: 'application/jsonl',
  text: 'text/plain',
};

/** An environment variable (Node, Deno; nothing in a browser). */
export function readEnv(name: string): string | undefined {
  if (!name) return undefined;
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get?(n: string): string | undefined } };
  };
  const value = g.process?.env?.[name] ?? g.Deno?.env?.get?.(name);
  return value?.trim() || undefined;
}

/** An RFC 3986 path segment: only unreserved characters stay raw. */
function segment(value: unknown): string {
  return encodeURIComponent(String(value)).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function headerEntries(headers: HeadersLike | undefined): Array<[string, string | null | undefined]> {
  if (!headers) return [];
  if (headers instanceof Headers) return [...headers.entries()];
  return Array.isArray(headers) ? headers : Object.entries(headers);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Milliseconds the server asked us to wait (retry-after-ms, then retry-after as seconds or a date), if usable. */
function retryAfter(headers: Headers | undefined): number | undefined {
  const ms = decimal(headers?.get('retry-after-ms'));
  if (ms !== undefined) return ms <= 60_000 ? ms : undefined;
  const raw = headers?.get('retry-after')?.trim();
  if (!raw) return undefined;
  const seconds = decimal(raw);
  const wait = seconds !== undefined ? seconds * 1000 : Date.parse(raw) - Date.now();
  return Number.isFinite(wait) && wait >= 0 && wait <= 60_000 ? wait : undefined;
}

/** A plain non-negative decimal ("2", "1.5"): not a sign, an exponent, hex or Infinity, which Number() would take. */
function decimal(text: string | null | undefined): number | undefined {
  const value = text?.trim() ?? '';
  return /^(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : undefined;
}

function platformValue(what: string, config: ClientConfig, timeout: number): string | undefined {
  const g = globalThis as {
    process?: { platform?: string; arch?: string; version?: string; versions?: { node?: string } };
    Deno?: unknown;
  };
  const proc = g.process?.versions?.node ? g.process : undefined;
  const os = proc?.platform ?? '';
  const names: Record<string, string> = {
    darwin: 'MacOS',
    linux: 'Linux',
    win32: 'Windows',
    freebsd: 'FreeBSD',
    openbsd: 'OpenBSD',
    android: 'Android',
  };
  const arches: Record<string, string> = { x64: 'x64', arm64: 'arm64', arm: 'arm', ia32: 'x32' };
  switch (what) {
    case 'user_agent':
      return `${config.name}/JS ${config.packageVersion}`;
    case 'lang':
      return 'js';
    case 'package_version':
      return config.packageVersion;
    case 'os':
      return proc ? (names[os] ?? `Other:${os}`) : 'Unknown';
    case 'arch':
      return proc ? (arches[proc.arch ?? ''] ?? `other:${proc.arch}`) : 'unknown';
    case 'runtime':
      return g.Deno ? 'deno' : proc ? 'node' : 'unknown';
    case 'runtime_version':
      return proc?.version ?? 'unknown';
    case 'timeout':
      return String(Math.trunc(timeout / 1000));
    default:
      return undefined; // async and read_timeout are the Python SDK's
  }
}

type Params = Record<string, unknown>;
interface Settings {
  baseURL: string;
  timeout: number;
  maxRetries: number;
  validation: ValidationMode;
  maxResponseBytes: number;
  logLevel: LogLevel;
  logger: Logger;
  fetch: Fetch;
}

/** The client every generated one extends: its settings, and the one path every request takes. */
export class BaseClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly #options: Record<string, unknown>;
  readonly #config: ClientConfig;
  readonly #tables: OperationTables;
  readonly #settings: Settings;
  readonly #credentials: Map<string, string>;
  readonly #headers: Map<string, string>;
  readonly #secrets: string[];

  constructor(options: CoreClientOptions, config: ClientConfig, tables: OperationTables) {
    const opts = options as Record<string, unknown>;
    this.#options = { ...opts };
    this.#config = config;
    this.#tables = tables;
    const option = (name: string, env: string): string | undefined => {
      const given = opts[name];
      return typeof given === 'string' ? given || undefined : given === null ? undefined : readEnv(env);
    };
    this.#credentials = new Map();
    for (const c of config.credentials) {
      const value = option(c.option, c.env);
      if (value) this.#credentials.set(c.key, value);
    }
    if (config.credentials.length > 0 && this.#credentials.size === 0) {
      const ways = config.credentials.map(
        (c) => `the ${c.option} option${c.env ? ` or the ${c.env} environment variable` : ''}`,
      );
      throw new OddClientError(`No credential was given: set ${ways.join(', or ')}.`);
    }
    this.#headers = new Map();
    for (const h of config.headers) {
      const value = option(h.option, h.env) ?? (h.default || undefined);
      if (value !== undefined) this.#headers.set(h.header, value);
      else if (h.required) {
        throw new OddClientError(
          `The ${h.header} header is required: set the ${h.option} option${h.env ? ` or the ${h.env} environment variable` : ''}.`,
        );
      }
    }
    const g = globalThis as { window?: unknown; document?: unknown };
    if (
      g.window !== undefined &&
      g.document !== undefined &&
      this.#credentials.size > 0 &&
      !options.dangerouslyAllowBrowser
    ) {
      throw new OddClientError(
        "It looks like you're running in a browser, where your credentials would be exposed to your users: set dangerouslyAllowBrowser: true to do it anyway.",
      );
    }
    this.#secrets = secretForms([...this.#credentials.values()]);
    const mode = (options.validation ?? readEnv(config.validationEnv) ?? 'strict') as ValidationMode;
    if (!['strict', 'warn', 'off'].includes(mode)) {
      throw new OddClientError(
        `${config.validationEnv || 'validation'} must be strict, warn or off, not ${JSON.stringify(mode)}.`,
      );
    }
    const level = (options.logLevel ?? readEnv(config.logEnv) ?? 'warn') as LogLevel;
    const fetchImpl = options.fetch ?? (globalThis.fetch as Fetch | undefined);
    if (!fetchImpl)
      throw new OddClientError('No fetch: pass one as the fetch option (this runtime has no global fetch).');
    this.#settings = {
      baseURL: options.baseURL || readEnv(config.baseURLEnv) || config.baseURL,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      validation: mode,
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      logLevel: LEVELS.includes(level) ? level : 'warn',
      logger: options.logger ?? console,
      fetch: fetchImpl,
    };
    if (!Number.isInteger(this.#settings.maxRetries) || this.#settings.maxRetries < 0) {
      throw new OddClientError(
        `maxRetries must be a whole number, at least 0, not ${String(options.maxRetries)}.`,
      );
    }
    this.baseURL = this.#settings.baseURL;
    this.timeout = this.#settings.timeout;
    this.maxRetries = this.#settings.maxRetries;
  }

  /** A client like this one with some options changed. */
  withOptions(options: Partial<CoreClientOptions> & Record<string, unknown>): this {
    const Self = this.constructor as new (options: Record<string, unknown>) => this;
    return new Self({ ...this.#options, ...options });
  }

  /** Sends an operation of the tables ("books.retrieve"), its params by wire name. */
  request<T>(key: string, params: object | null | undefined, options: RequestOptions = {}): APIPromise<T> {
    const op = operation(this.#tables, key);
    const given: Params = {};
    for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined) given[k] = v;
    const raw = this.#send(key, op, given, options);
    return new APIPromise<T>(raw, (result) => this.#result<T>(op, given, result, options));
  }

  /** A paginated operation's first page; iterating it fetches the following ones. */
  requestPage<Item>(
    key: string,
    params: object | null | undefined,
    options: RequestOptions = {},
  ): PagePromise<Page<Item>, Item> {
    const op = operation(this.#tables, key);
    const spec = op.pagination;
    const fetchPage = async (p: Params): Promise<Page<Item>> => {
      const body = await this.request<Record<string, unknown>>(key, p, options);
      const items = spec && Array.isArray(body?.[spec.items]) ? (body[spec.items] as Item[]) : [];
      return new Page<Item>(body ?? {}, items, spec ? nextPageParams(spec, p, body) : null, fetchPage);
    };
    return new PagePromise<Page<Item>, Item>(fetchPage({ ...(params ?? {}) }));
  }

  #log(level: Exclude<LogLevel, 'off'>, message: string): void {
    if (LEVELS.indexOf(level) >= LEVELS.indexOf(this.#settings.logLevel))
      this.#settings.logger[level](this.redact(message));
  }

  /** Text with every credential the client holds replaced by [redacted]. */
  redact(value: string): string {
    return this.#secrets.reduce((out, secret) => out.split(secret).join('[redacted]'), value);
  }

  #streaming(op: OperationTable, params: Params): boolean {
    return op.stream?.always === true || (!!op.stream_param && params[op.stream_param] === true);
  }

  async #build(key: string, op: OperationTable, params: Params, options: RequestOptions, stream: boolean) {
    validateParams(this.#tables, key, params, this.#settings.validation, (m) => this.#log('warn', m));
    const base = this.#settings.baseURL.replace(/\/+$/, '');
    const url = new URL(base + op.path.replace(/\{([^}]+)\}/g, (_, name: string) => segment(params[name])));
    const query = url.searchParams;
    for (const [k, v] of Object.entries((this.#options['defaultQuery'] as Params | undefined) ?? {})) {
      if (v !== undefined && v !== null) query.set(k, text(v));
    }
    const headers = new Headers();
    headers.set('Accept', stream ? this.#config.streamAccept : (ACCEPT[op.response] ?? '*/*'));
    const body: Params = {};
    for (const [name, value] of Object.entries(params)) {
      const field = op.fields[name];
      if (field?.in === 'path') continue;
      if (field?.in === 'query') {
        const values = Array.isArray(value) ? value.map(text) : [text(value)];
        if (field.style === 'comma') query.append(name, values.join(','));
        else for (const v of values) query.append(name, v);
      } else if (field?.in === 'header') {
        headers.set(field.header ?? name, Array.isArray(value) ? value.map(text).join(',') : text(value));
      } else body[name] = value;
    }
    for (const [k, v] of Object.entries(options.query ?? {}))
      if (v !== undefined && v !== null) query.set(k, text(v));
    let payload: BodyInit | undefined;
    if (BODY_METHODS.has(op.method)) {
      if (op.body === 'multipart') payload = await multipartBody({ ...body, ...(options.body ?? {}) }, op);
      else if (op.body === 'form') payload = formBody({ ...body, ...(options.body ?? {}) });
      else if (op.body === 'binary') {
        const name = Object.keys(op.fields).find((n) => isFileField(op.fields[n])) ?? '';
        const file = await binaryBody(body[name], name);
        payload = file.body;
        headers.set('Content-Type', file.type);
      } else {
        payload = JSON.stringify({ ...body, ...(options.body ?? {}) });
        headers.set('Content-Type', 'application/json');
      }
    }
    for (const [what, header] of this.#config.platformHeaders) {
      const value =
        what === 'retry_count'
          ? undefined
          : platformValue(what ?? '', this.#config, options.timeout ?? this.#settings.timeout);
      if (header && value !== undefined) headers.set(header, value);
    }
    const held = (op.auth ?? this.#config.credentials.slice(0, 1).map((c) => c.key)).map((k) =>
      this.#config.credentials.find((c) => c.key === k),
    );
    const credential = held.find((c) => c !== undefined && this.#credentials.has(c.key));
    if (credential) {
      const value = this.#credentials.get(credential.key) as string;
      headers.set(
        credential.header,
        credential.prefix +
          (credential.scheme === 'basic' ? btoaSafe(value.includes(':') ? value : `${value}:`) : value),
      );
    }
    for (const [name, value] of this.#headers) headers.set(name, value);
    const custom = [
      ...headerEntries(this.#options['defaultHeaders'] as HeadersLike | undefined),
      ...headerEntries(options.headers),
    ];
    for (const [name, value] of custom) {
      if (value === null) headers.delete(name);
      else if (value !== undefined) headers.set(name, value);
    }
    if (
      !credential &&
      held.length > 0 &&
      !held.some((c) => c && custom.some(([n, v]) => v && n.toLowerCase() === c.header.toLowerCase()))
    ) {
      const names = held
        .filter((c) => c !== undefined)
        .map((c) => `${c?.option}${c?.env ? ` (${c.env})` : ''}`);
      throw new OddClientError(`${key} needs a credential this client does not hold: ${names.join(' or ')}.`);
    }
    if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
    return { url, method: op.method, headers, payload };
  }

  async #send(key: string, op: OperationTable, params: Params, options: RequestOptions): Promise<RawResult> {
    const stream = this.#streaming(op, params);
    const { url, method, headers, payload } = await this.#build(key, op, params, options, stream);
    const maxRetries = options.maxRetries ?? this.#settings.maxRetries;
    const timeout = options.timeout ?? this.#settings.timeout;
    const retryHeader =
      this.#config.platformHeaders.find(([what]) => what === 'retry_count')?.[1] ?? 'X-Retry-Count';
    const userSet = headerEntries(options.headers).some(
      ([n]) => n.toLowerCase() === retryHeader.toLowerCase(),
    );
    for (let attempt = 0; ; attempt++) {
      if (!userSet) headers.set(retryHeader, String(attempt));
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeout);
      const onAbort = () => controller.abort();
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const release = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
      };
      if (options.signal?.aborted) {
        release();
        throw new APIUserAbortError();
      }
      this.#log('debug', `request ${method} ${url} (attempt ${attempt + 1})`);
      let response: Response;
      try {
        response = await this.#fetchFollowing(url, {
          ...this.#fetchOptions(options),
          method,
          headers,
          body: payload ?? null,
          signal: controller.signal,
        });
      } catch (err) {
        release();
        if (err instanceof APIError) throw err;
        if (options.signal?.aborted) throw new APIUserAbortError();
        const failure = timedOut
          ? new APIConnectionTimeoutError()
          : new APIConnectionError({ message: this.redact(`Connection error: ${String(err)}`), cause: err });
        if (attempt < maxRetries) {
          await sleep(this.#backoff(attempt, maxRetries, undefined));
          continue;
        }
        throw failure;
      }
      const id = this.#config.errors.requestIdHeader
        ? response.headers.get(this.#config.errors.requestIdHeader)
        : null;
      const requestID = id === null ? null : this.redact(id);
      this.#log('debug', `response ${method} ${url} ${response.status} ${requestID ?? ''}`);
      if (response.ok) {
        if (stream || op.response === 'binary' || op.response === 'jsonl') clearTimeout(timer); // the body's reads have their own bounds
        return { response, requestID, release, controller, timedOut: () => timedOut } as RawResult;
      }
      const retry = response.headers.get('x-should-retry');
      const retryable =
        retry === 'true' ||
        (retry !== 'false' &&
          (response.status === 408 ||
            response.status === 409 ||
            response.status === 429 ||
            response.status >= 500));
      if (retryable && attempt < maxRetries) {
        await response.body?.cancel().catch(() => undefined);
        release();
        await sleep(this.#backoff(attempt, maxRetries, response.headers));
        continue;
      }
      let data: unknown;
      let raw = '';
      try {
        raw = new TextDecoder().decode(await this.#readBody(response, timeout));
        data = JSON.parse(raw);
      } catch {
        data = raw || undefined;
      } finally {
        release();
      }
      throw this.#statusError(response, data, requestID);
    }
  }

  #fetchOptions(options: RequestOptions): RequestInit {
    return {
      ...((this.#options['fetchOptions'] as RequestInit | undefined) ?? {}),
      ...(options.fetchOptions ?? {}),
      redirect: 'manual',
    };
  }

  /** fetch, following redirects only within the request's origin (credentials never go elsewhere). */
  async #fetchFollowing(url: URL, init: RequestInit): Promise<Response> {
    let current = url;
    let request = init;
    for (let hops = 0; ; hops++) {
      const response = await this.#settings.fetch(current.toString(), request);
      if (!REDIRECTS.has(response.status)) return response;
      const location = response.headers.get('location');
      const next = location ? new URL(location, current) : undefined;
      await response.body?.cancel().catch(() => undefined);
      if (!next || next.origin !== url.origin || hops >= 10) {
        const why = !next
          ? 'without a Location'
          : next.origin !== url.origin
            ? `to another origin (${next.origin})`
            : 'too many times';
        throw new APIRedirectError(
          response.status,
          undefined,
          `The server redirected ${why}; the SDK does not follow it.`,
          response.headers,
        );
      }
      const method =
        response.status === 303 ||
        ((response.status === 301 || response.status === 302) && request.method === 'POST')
          ? 'GET'
          : request.method;
      request = method === request.method ? request : { ...request, method: method ?? 'GET', body: null };
      current = next;
    }
  }

  #backoff(attempt: number, maxRetries: number, headers: Headers | undefined): number {
    const asked = retryAfter(headers);
    if (asked !== undefined) return asked;
    void maxRetries;
    return Math.min(0.5 * 2 ** attempt, 8) * (1 - Math.random() * 0.25) * 1000;
  }

  /** The whole body within the size limit (decoded, as fetch gives it). */
  async #readBody(response: Response, _timeout: number): Promise<Uint8Array> {
    const limit = this.#settings.maxResponseBytes;
    if (!response.body) return new Uint8Array();
    const reader = response.body.getReader();
    const parts: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw new APIResponseValidationError(
          `The response body is larger than maxResponseBytes (${limit} bytes); it was not read.`,
          { response },
        );
      }
      parts.push(value);
    }
    const out = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.byteLength;
    }
    return out;
  }

  #statusError(response: Response, data: unknown, requestID: string | null): APIError {
    const safe = (value: unknown): unknown => {
      if (value === undefined) return undefined;
      try {
        return JSON.parse(this.redact(JSON.stringify(value)));
      } catch {
        return value;
      }
    };
    const body = safe(data);
    const { error, message, fields } = readErrorBody(body, this.#config.errors);
    const fallback = typeof body === 'string' ? body.slice(0, 500) : undefined;
    return APIError.generate(response.status, error, message ?? fallback, response.headers, {
      ...fields,
      requestID,
    });
  }

  /** The typed result of a response, by the operation's response kind. */
  async #result<T>(op: OperationTable, params: Params, raw: RawResult, options: RequestOptions): Promise<T> {
    const extra = raw as RawResult & { release(): void; controller: AbortController; timedOut(): boolean };
    const response = raw.response;
    const limit = this.#settings.maxResponseBytes;
    const idle = options.timeout ?? this.#settings.timeout;
    if (this.#streaming(op, params)) {
      const redact = (value: string) => this.redact(value);
      const opts = {
        stream: op.stream,
        errors: this.#config.errors,
        maxEventBytes: limit,
        idleTimeoutMs: idle,
        signal: options.signal,
        redact,
      };
      return Stream.fromSSEResponse(response, extra.controller, opts) as T;
    }
    if (op.response === 'jsonl') {
      return JSONLDecoder.fromResponse(response, extra.controller, {
        maxLineBytes: limit,
        idleTimeoutMs: idle,
        signal: options.signal,
      }) as T;
    }
    if (op.response === 'binary') return response as T;
    let bytes: Uint8Array;
    try {
      bytes = await this.#readBody(response, idle);
    } catch (err) {
      if (err instanceof OddClientError) throw err;
      if (options.signal?.aborted) throw new APIUserAbortError();
      throw extra.timedOut()
        ? new APIConnectionTimeoutError()
        : new APIConnectionError({
            message: this.redact(`The response was cut short: ${String(err)}`),
            cause: err,
          });
    } finally {
      extra.release();
    }
    if (op.response === 'none') return undefined as T;
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new APIResponseValidationError('The response body is not valid UTF-8.', { response });
    }
    if (op.response === 'text') return decoded as T;
    try {
      return JSON.parse(decoded) as T;
    } catch (err) {
      throw new APIResponseValidationError(`The response body is not JSON: ${String(err)}`, {
        response,
        body: decoded.slice(0, 1000),
      });
    }
  }
}

/** Each credential as sent and as a server may echo it (percent-, form- or base64-encoded, the Basic form), longest first. */
function secretForms(values: string[]): string[] {
  const forms = new Set<string>();
  for (const v of values) {
    const encoded = encodeURIComponent(v);
    for (const form of [
      v,
      encoded,
      encoded.replace(/%20/g, '+'),
      btoaSafe(v),
      btoaSafe(v.includes(':') ? v : `${v}:`),
    ]) {
      if (form.length >= 4) forms.add(form);
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

function btoaSafe(value: string): string {
  const bytes = new TextEncoder().encode(value);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}
