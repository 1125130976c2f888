// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Streams of items read lazily from a response: server-sent events (Stream) and JSON Lines
// (JSONLDecoder). What ends a stream, what is skipped and what is an error come from the op's table.

import type { ErrorConfig, StreamTable } from './config.js';
import { APIConnectionError, APIError, APIResponseValidationError, readErrorBody } from './error.js';
import { LineDecoder } from '../internal/jsonl.js';
import { BodyError } from '../internal/lines.js';
import { type ReadLimits, readChunks } from '../internal/reader.js';
import { type ServerSentEvent, SSEDecoder } from '../internal/sse.js';

export type { ServerSentEvent } from '../internal/sse.js';

/** How a stream reads its body: the op's stream table, the error shape, and the limits. */
export interface StreamOptions extends ReadLimits {
  stream?: StreamTable | undefined;
  errors: ErrorConfig;
  /** The largest event (bytes of its lines) read before giving up. */
  maxEventBytes: number;
  /** Text with the client's credentials hidden (an error event may echo them). */
  redact?: Redact | undefined;
}

type Redact = (text: string) => string;

/** What turns an event into an item: the op's stream table, the error shape, the response. */
interface EventContext {
  table: StreamTable;
  errors: ErrorConfig;
  response: Response;
  redact: Redact;
}

export interface JSONLOptions extends ReadLimits {
  /** The largest line (bytes) read before giving up. */
  maxLineBytes: number;
}

const SKIP = Symbol('skip');

/** The decoder's result; a body it will not read further is an APIResponseValidationError. */
function decoded<T>(decode: () => T, response: Response | undefined): T {
  try {
    return decode();
  } catch (err) {
    if (!(err instanceof BodyError)) throw err;
    throw new APIResponseValidationError(`The stream was not read further: ${err.message}.`, { response });
  }
}

/** The data's JSON; data that is not JSON is kept as its text (never dropped). */
function jsonOrText(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** An event's item: its JSON as sent (unknown event types included), SKIP for a keep-alive, or the error it carries. */
function eventItem(sse: ServerSentEvent, ctx: EventContext): unknown {
  const { table, errors } = ctx;
  const keepalive = table.keepalive ?? [];
  if (sse.event !== null && keepalive.includes(sse.event)) return SKIP;
  const obj = jsonOrText(sse.data);
  const record = asRecord(obj);
  const disc = table.discriminator || 'type';
  const kind = sse.event ?? (typeof record?.[disc] === 'string' ? (record[disc] as string) : undefined);
  if (kind !== undefined && keepalive.includes(kind)) return SKIP;
  const enveloped = !!errors.envelope && record?.[errors.envelope] != null && !(disc in record);
  if (kind === (table.error_event || 'error') || enveloped) throw streamError(obj, sse.data, ctx);
  return obj;
}

/** The APIError an error event carries, read as an error response's body is (credentials redacted). */
function streamError(obj: unknown, data: string, { errors, response, redact }: EventContext): APIError {
  let body = obj;
  try {
    body = JSON.parse(redact(JSON.stringify(obj)));
  } catch {
    body = redact(data);
  }
  const { error, message, fields } = readErrorBody(body, errors);
  const text = message || `An error occurred during streaming: ${redact(data).slice(0, 200)}`;
  const requestID = errors.requestIdHeader ? response.headers.get(errors.requestIdHeader) : null;
  return APIError.generate(undefined, error, text, response.headers, { ...fields, requestID });
}

/** A stream of items: `for await (const item of stream)`; `stream.controller.abort()` stops it. */
export class Stream<Item> implements AsyncIterable<Item> {
  readonly controller: AbortController;
  #iterator: () => AsyncIterator<Item>;
  #consumed = false;

  constructor(iterator: () => AsyncIterator<Item>, controller: AbortController) {
    this.#iterator = iterator;
    this.controller = controller;
  }

  /** The events of a text/event-stream response, each its parsed JSON. */
  static fromSSEResponse<Item>(
    response: Response,
    controller: AbortController,
    options: StreamOptions,
  ): Stream<Item> {
    const context: EventContext = {
      table: options.stream ?? {},
      errors: options.errors,
      response,
      redact: options.redact ?? ((text) => text),
    };
    const done = context.table.done;
    async function* items(): AsyncGenerator<Item> {
      const decoder = new SSEDecoder(options.maxEventBytes);
      let last = Date.now();
      for await (const chunk of readChunks(response.body, controller, options, () => last)) {
        for (const sse of decoded(() => decoder.feed(chunk), response)) {
          if (done && sse.data.trim() === done) return;
          const item = eventItem(sse, context);
          if (item === SKIP) continue;
          yield item as Item;
          last = Date.now();
        }
      }
      const pending = decoder.pending();
      if (pending > 0) {
        throw new APIConnectionError({
          message: `The stream ended in the middle of an event (${pending} bytes unfinished); the response is incomplete.`,
        });
      }
    }
    return new Stream(() => items(), controller);
  }

  /** A stream from the bytes toReadableStream() makes (one JSON value a line). */
  static fromReadableStream<Item>(
    readable: ReadableStream<Uint8Array>,
    controller?: AbortController,
  ): Stream<Item> {
    const ctrl = controller ?? new AbortController();
    const lines = JSONLDecoder.fromBody<Item>(readable, ctrl, { maxLineBytes: Number.POSITIVE_INFINITY });
    return new Stream(() => lines[Symbol.asyncIterator](), ctrl);
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    if (this.#consumed) {
      throw new Error('Cannot iterate over a consumed stream, use `.tee()` to split the stream.');
    }
    this.#consumed = true;
    return this.#iterator();
  }

  /** Two streams that each yield every item; the response is read once, as fast as the faster one reads. */
  tee(): [Stream<Item>, Stream<Item>] {
    const source = this[Symbol.asyncIterator]();
    const queues: Array<Array<Promise<IteratorResult<Item>>>> = [[], []];
    const side = (mine: Array<Promise<IteratorResult<Item>>>): AsyncIterator<Item> => ({
      next: () => {
        if (mine.length === 0) {
          const result = source.next();
          for (const queue of queues) queue.push(result);
        }
        return mine.shift() as Promise<IteratorResult<Item>>;
      },
    });
    const [left, right] = queues as [
      Array<Promise<IteratorResult<Item>>>,
      Array<Promise<IteratorResult<Item>>>,
    ];
    return [new Stream(() => side(left), this.controller), new Stream(() => side(right), this.controller)];
  }

  /** The items as bytes, one JSON value a line (what Stream.fromReadableStream reads back). */
  toReadableStream(): ReadableStream<Uint8Array> {
    const iterator = this[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(ctrl) {
        try {
          const { value, done } = await iterator.next();
          if (done) ctrl.close();
          else ctrl.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        } catch (err) {
          ctrl.error(err);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }
}

/** A JSON Lines body, one parsed value per non-empty line, read as iterated: `for await (const row of rows)`. */
export class JSONLDecoder<T> implements AsyncIterable<T> {
  readonly controller: AbortController;
  #iterator: () => AsyncIterator<T>;

  constructor(iterator: () => AsyncIterator<T>, controller: AbortController) {
    this.#iterator = iterator;
    this.controller = controller;
  }

  static fromResponse<T>(
    response: Response,
    controller: AbortController,
    options: JSONLOptions,
  ): JSONLDecoder<T> {
    return JSONLDecoder.fromBody<T>(response.body, controller, options, response);
  }

  /** The rows of any byte stream (a response's body, a file's). */
  static fromBody<T>(
    body: ReadableStream<Uint8Array> | null,
    controller: AbortController,
    options: JSONLOptions,
    response?: Response,
  ): JSONLDecoder<T> {
    const parse = (line: string): T => {
      try {
        return JSON.parse(line) as T;
      } catch (err) {
        throw new APIResponseValidationError(`A line is not JSON (${String(err)}): ${line.slice(0, 200)}`, {
          response,
          body: line,
        });
      }
    };
    async function* rows(): AsyncGenerator<T> {
      const lines = new LineDecoder(options.maxLineBytes);
      let last = Date.now();
      for await (const chunk of readChunks(body, controller, options, () => last)) {
        for (const line of decoded(() => lines.feed(chunk), response)) {
          if (line.trim() === '') continue;
          yield parse(line);
          last = Date.now();
        }
      }
      const rest = decoded(() => lines.flush(), response);
      if (rest.trim() !== '') yield parse(rest);
    }
    return new JSONLDecoder(() => rows(), controller);
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.#iterator();
  }
}
