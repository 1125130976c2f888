// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// JSON Lines: bytes in, complete lines out (LF or CRLF), each bounded in bytes.

import { decodeLine, LineBuffer, LineEnds } from './lines.js';

export class LineDecoder {
  #line: LineBuffer;

  constructor(maxLineBytes: number = Number.POSITIVE_INFINITY) {
    this.#line = new LineBuffer(maxLineBytes, 'a line');
  }

  /** The lines this chunk completes (BodyError: too long, or not UTF-8). */
  feed(chunk: Uint8Array): string[] {
    const out: string[] = [];
    const ends = new LineEnds(chunk, false);
    let start = 0;
    for (let end = ends.next(start); end >= 0; end = ends.next(start)) {
      this.#line.add(chunk.subarray(start, end));
      out.push(this.#take());
      start = end + 1;
    }
    if (start < chunk.length) this.#line.add(chunk.slice(start));
    return out;
  }

  /** The last line, when the body did not end with a line end ("" otherwise). */
  flush(): string {
    return this.#take();
  }

  #take(): string {
    const line = decodeLine(this.#line.take());
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  }
}
