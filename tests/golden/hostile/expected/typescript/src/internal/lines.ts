// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Lines of a byte stream. The unfinished line is kept as the chunks it came in and copied out once
// when it ends, so a long line is never re-scanned; its size is bounded in bytes.

/** A body the SDK will not read further: a line or event too large, or bytes that are not UTF-8. */
export class BodyError extends Error {}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a complete line (UTF-8 never splits a character across a CR or LF byte). */
export function decodeLine(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new BodyError('a line is not valid UTF-8');
  }
}

export class LineBuffer {
  #pieces: Uint8Array[] = [];
  #size = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly what: string,
  ) {}

  /** Bytes of the unfinished line. */
  get size(): number {
    return this.#size;
  }

  /** More of the line; `extra` is what the caller holds besides (an event's earlier lines). */
  add(piece: Uint8Array, extra = 0): void {
    if (piece.length === 0) return;
    this.#pieces.push(piece);
    this.#size += piece.length;
    if (this.#size + extra > this.maxBytes) {
      throw new BodyError(`${this.what} is larger than maxResponseBytes (${this.maxBytes} bytes)`);
    }
  }

  /** The line, as one array, and an empty buffer. */
  take(): Uint8Array {
    const pieces = this.#pieces;
    const size = this.#size;
    this.#pieces = [];
    this.#size = 0;
    if (pieces.length === 1) return pieces[0] as Uint8Array;
    const line = new Uint8Array(size);
    let at = 0;
    for (const piece of pieces) {
      line.set(piece, at);
      at += piece.length;
    }
    return line;
  }
}

/** Finds line ends in one chunk, scanning each byte at most once per kind of line end. */
export class LineEnds {
  #cr = -2;
  #lf = -2;

  constructor(
    private readonly chunk: Uint8Array,
    private readonly withCR: boolean,
  ) {}

  /** The first CR or LF at or after `from`, or -1. */
  next(from: number): number {
    if (this.#lf !== -1 && this.#lf < from) this.#lf = this.chunk.indexOf(10, from);
    if (!this.withCR) return this.#lf;
    if (this.#cr !== -1 && this.#cr < from) this.#cr = this.chunk.indexOf(13, from);
    if (this.#cr === -1) return this.#lf;
    return this.#lf === -1 ? this.#cr : Math.min(this.#cr, this.#lf);
  }
}
