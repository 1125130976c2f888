// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Server-sent events (the WHATWG rules): bytes in, events out. Lines end with CR, LF or CRLF, also
// split across chunks; each byte is scanned once, and an event is bounded in bytes.

import { decodeLine, LineBuffer, LineEnds } from './lines.js';

export interface ServerSentEvent {
  event: string | null;
  data: string;
  id: string | null;
  retry: number | null;
}

const CR = 13;
const LF = 10;
const COLON = 58;
const encoder = new TextEncoder();

export class SSEDecoder {
  #line: LineBuffer;
  #afterCR = false;
  #started = false;
  #data: string[] = [];
  #dataBytes = 0;
  #event: string | null = null;
  #id: string | null = null;
  #retry: number | null = null;
  #fields = false;

  constructor(maxEventBytes: number = Number.POSITIVE_INFINITY) {
    this.#line = new LineBuffer(maxEventBytes, 'an event');
  }

  /** The events this chunk completes (BodyError: too large, or not UTF-8). */
  feed(input: Uint8Array | string): ServerSentEvent[] {
    const chunk = typeof input === 'string' ? encoder.encode(input) : input;
    const out: ServerSentEvent[] = [];
    if (chunk.length === 0) return out;
    let start = this.#afterCR && chunk[0] === LF ? 1 : 0; // the LF of a CRLF split across chunks
    if (!this.#started && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = 3; // a BOM
    this.#started = true;
    this.#afterCR = false;
    const ends = new LineEnds(chunk, true);
    for (let end = ends.next(start); end >= 0; end = ends.next(start)) {
      this.#line.add(chunk.subarray(start, end), this.#dataBytes);
      const event = this.#takeLine();
      if (event) out.push(event);
      if (chunk[end] === CR && end + 1 === chunk.length) this.#afterCR = true;
      else if (chunk[end] === CR && chunk[end + 1] === LF) end++;
      start = end + 1;
    }
    if (start < chunk.length) this.#line.add(chunk.slice(start), this.#dataBytes);
    return out;
  }

  /** Bytes of an unfinished event (0 when the stream so far ended on an event boundary). */
  pending(): number {
    return this.#line.size + this.#dataBytes + (this.#fields ? 1 : 0);
  }

  #takeLine(): ServerSentEvent | null {
    const bytes = this.#line.take();
    if (bytes.length === 0) return this.#dispatch();
    if (bytes[0] === COLON) return null; // a comment
    const line = decodeLine(bytes);
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    this.#fields = true;
    if (field === 'data') {
      this.#data.push(value);
      this.#dataBytes += bytes.length + 1;
    } else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.#retry = Number(value);
    return null;
  }

  #dispatch(): ServerSentEvent | null {
    const data = this.#data;
    const event = this.#event;
    this.#fields = false;
    this.#data = [];
    this.#dataBytes = 0;
    this.#event = null;
    if (data.length === 0) return null;
    return {
      event,
      data: data.length === 1 ? (data[0] as string) : data.join('\n'),
      id: this.#id,
      retry: this.#retry,
    };
  }
}
