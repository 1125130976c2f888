// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// A response body read chunk by chunk, each wait bounded by the idle timeout and cut short by the
// caller's signal. Each read races the timers itself: a body that fetch did not make (or one whose
// fetch ignores the controller) still times out and still stops.

import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '../core/error.js';

export interface ReadLimits {
  /** Milliseconds the body may go without progress (undefined: no limit). */
  idleTimeoutMs?: number | undefined;
  /** The caller's signal: its abort is an APIUserAbortError. */
  signal?: AbortSignal | null | undefined;
}

/** Reading stopped because the stream's controller was aborted (the caller closed the stream). */
const CLOSED = Symbol('closed');

type Read = ReadableStreamReadResult<Uint8Array>;

function nextChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  controller: AbortController,
  limits: ReadLimits,
  since: () => number,
): Promise<Read> {
  return new Promise<Read>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cleanup = () => {
      if (timer !== undefined) clearTimeout(timer);
      controller.signal.removeEventListener('abort', onClosed);
      limits.signal?.removeEventListener('abort', onUser);
    };
    const fail = (err: unknown) => {
      cleanup();
      reject(err);
    };
    // The caller's abort usually reaches the controller first (the client forwards it): still the caller's.
    const onClosed = () => fail(limits.signal?.aborted ? new APIUserAbortError() : CLOSED);
    const onUser = () => fail(new APIUserAbortError());
    if (limits.signal?.aborted) return onUser();
    if (controller.signal.aborted) return onClosed();
    controller.signal.addEventListener('abort', onClosed, { once: true });
    limits.signal?.addEventListener('abort', onUser, { once: true });
    const idle = limits.idleTimeoutMs;
    if (idle !== undefined && Number.isFinite(idle)) {
      const left = Math.max(0, idle - (Date.now() - since()));
      timer = setTimeout(() => {
        fail(new APIConnectionTimeoutError({ message: `The stream sent nothing new for ${idle} ms.` }));
        controller.abort();
      }, left);
    }
    reader.read().then(
      (result) => {
        cleanup();
        resolve(result);
      },
      (err: unknown) =>
        fail(new APIConnectionError({ message: `The stream was interrupted: ${String(err)}`, cause: err })),
    );
  });
}

/**
 * The body's chunks. `since()` is when the reader last made progress (an event, a line): the idle
 * timeout counts from there, so bytes that complete nothing (comments) do not keep a stream alive.
 */
export async function* readChunks(
  body: ReadableStream<Uint8Array> | null,
  controller: AbortController,
  limits: ReadLimits,
  since: () => number,
): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  let done = false;
  try {
    for (;;) {
      let result: Read;
      try {
        result = await nextChunk(reader, controller, limits, since);
      } catch (err) {
        if (err === CLOSED) return;
        throw err;
      }
      if (result.done) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    if (!done) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
    }
    reader.releaseLock();
  }
}
