// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// File inputs: every common form becomes a File with a name and a content type. The type comes
// from the caller, else the magic bytes, else the name, so an image is never sent as
// application/octet-stream; a bare Buffer, Uint8Array or ArrayBuffer is one file part.

import type { FieldTable, OperationTable } from './config.js';
import { LibraryError } from './error.js';
import { baseName, contentTypeOfName, SNIFF_BYTES, sniffContentType, suffixOf } from '../internal/mime.js';

/** A Blob with a name (a File, or what toFile returns). */
export interface FileLike extends Blob {
  readonly name: string;
  readonly lastModified: number;
}

/** A fetch Response: its body is the file, its URL names it. */
export interface ResponseLike {
  url: string;
  blob(): Promise<Blob>;
}

/** fs.ReadStream and the like: bytes as an async iterable, with the path they come from. */
export interface FsReadStreamLike extends AsyncIterable<unknown> {
  path: string | { toString(): string };
}

/** What a file param accepts (a Buffer is a Uint8Array). */
export type Uploadable = FileLike | ResponseLike | FsReadStreamLike | Blob | ArrayBuffer | ArrayBufferView;

type BytesLike = ArrayBuffer | ArrayBufferView | string;

/** What toFile accepts. */
export type ToFileInput = Uploadable | AsyncIterable<BytesLike> | Iterable<BytesLike>;

export interface ToFileOptions {
  /** The content type (else sniffed from the bytes, else from the name). */
  type?: string | undefined;
  lastModified?: number | undefined;
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function isObject(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

function isResponseLike(value: unknown): value is ResponseLike {
  return isObject(value) && typeof value['blob'] === 'function' && typeof value['url'] === 'string';
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return isObject(value) && typeof value[Symbol.asyncIterator] === 'function';
}

function isFsReadStream(value: unknown): value is FsReadStreamLike {
  return isAsyncIterable(value) && (value as { path?: unknown }).path != null;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return isObject(value) && typeof value['then'] === 'function';
}

/** Whether a value is one file the SDK can send (not a list of them, not a plain value). */
export function isUploadable(value: unknown): value is Uploadable {
  return (
    isBlob(value) ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    isResponseLike(value) ||
    isFsReadStream(value)
  );
}

/** Whether a field of the tables is a file (or a list of them). */
export function isFileField(field: FieldTable | undefined): boolean {
  return !!field && (field.kinds.includes('file') || (field.items?.kinds.includes('file') ?? false));
}

function copyBytes(view: ArrayBufferView): Uint8Array<ArrayBuffer> {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength).slice();
}

async function collect(parts: AsyncIterable<unknown> | Iterable<unknown>): Promise<Blob> {
  const chunks: BlobPart[] = [];
  for await (const part of parts) {
    if (typeof part === 'string' || part instanceof ArrayBuffer || isBlob(part)) chunks.push(part);
    else if (ArrayBuffer.isView(part)) chunks.push(copyBytes(part));
    else
      throw new TypeError(
        `A file's chunks must be bytes or strings, not ${Object.prototype.toString.call(part)}`,
      );
  }
  return new Blob(chunks);
}

async function blobOf(input: ToFileInput): Promise<Blob> {
  if (isBlob(input)) return input;
  if (isResponseLike(input)) return input.blob();
  if (input instanceof ArrayBuffer) return new Blob([input]);
  if (ArrayBuffer.isView(input)) return new Blob([copyBytes(input)]);
  if (isAsyncIterable(input) || (isObject(input) && Symbol.iterator in input)) {
    return collect(input as AsyncIterable<unknown>);
  }
  throw new TypeError(
    `Expected a file (File, Blob, Response, fs.ReadStream, bytes), got ${Object.prototype.toString.call(input)}`,
  );
}

/** The name a value carries: a File's name, a stream's path, a Response's URL (its last segment). */
function nameOf(value: unknown): string | undefined {
  let name: unknown;
  if (isFsReadStream(value)) name = String(value.path);
  else if (isResponseLike(value) && value.url) name = new URL(value.url).pathname;
  else if (isObject(value)) name = value['name'];
  return typeof name === 'string' && name ? baseName(name) || undefined : undefined;
}

async function typeOf(blob: Blob, name: string | undefined, given: string | undefined): Promise<string> {
  if (given) return given;
  if (blob.type && blob.type !== 'application/octet-stream') return blob.type;
  const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
  return sniffContentType(head) ?? contentTypeOfName(name) ?? (blob.type || 'application/octet-stream');
}

/** A File where the platform has one; a named Blob elsewhere. */
function makeFile(blob: Blob, name: string, type: string, lastModified: number): FileLike {
  if (typeof File !== 'undefined') return new File([blob], name, { type, lastModified });
  return Object.assign(new Blob([blob], { type }), { name, lastModified });
}

/** A file named as the other SDKs name one without a name: after its param, with the type's extension. */
async function namedFile(
  input: ToFileInput,
  name: string | undefined,
  fallback: string,
  options: ToFileOptions,
): Promise<FileLike> {
  const blob = await blobOf(input);
  const type = await typeOf(blob, name, options.type);
  const lastModified =
    options.lastModified ??
    (isObject(input) && typeof input['lastModified'] === 'number' ? input['lastModified'] : Date.now());
  return makeFile(blob, name ?? fallback + suffixOf(type), type, lastModified);
}

/**
 * A File from any file input: `toFile(fs.createReadStream('otter.png'))`, `toFile(buffer, 'otter.png')`,
 * `toFile(await fetch(url))`. Its type is `options.type`, else what the bytes are, else what the name says.
 */
export async function toFile(
  value: ToFileInput | PromiseLike<ToFileInput>,
  name?: string | null | undefined,
  options: ToFileOptions = {},
): Promise<FileLike> {
  const input = await value;
  return namedFile(input, name || nameOf(input), 'file', options);
}

/** A file param as the part it is sent as. */
async function filePart(value: unknown, param: string): Promise<FileLike> {
  const input = isPromiseLike(value) ? await value : value;
  if (!isUploadable(input)) {
    throw new LibraryError(`param '${param}' must be a file (File, Blob, Response, fs.ReadStream or bytes)`);
  }
  return namedFile(input, nameOf(input), param, {});
}

function formValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  if (isObject(value)) return JSON.stringify(value);
  return String(value);
}

function isFileList(value: unknown, field: FieldTable | undefined): value is unknown[] {
  if (!Array.isArray(value) || value.length === 0) return false;
  return field?.items?.kinds.includes('file') === true || value.every(isUploadable);
}

function isFileValue(value: unknown, field: FieldTable | undefined): boolean {
  return isUploadable(value) || (field?.kinds.includes('file') === true && isPromiseLike(value));
}

/**
 * A multipart body: one file as `name`, a list of files as repeated `name[]` parts, other lists as
 * `name[]` fields, booleans as true/false, objects as JSON (as the other SDKs send them).
 */
export async function multipartBody(body: Record<string, unknown>, op?: OperationTable): Promise<FormData> {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    const field = op?.fields[name];
    if (isFileValue(value, field)) {
      const file = await filePart(value, name);
      form.append(name, file, file.name);
    } else if (isFileList(value, field)) {
      for (const item of value) {
        const file = await filePart(item, name);
        form.append(`${name}[]`, file, file.name);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) form.append(`${name}[]`, formValue(item));
    } else {
      form.append(name, formValue(value));
    }
  }
  return form;
}

/** An application/x-www-form-urlencoded body: lists as repeated keys, objects as JSON. */
export function formBody(body: Record<string, unknown>, _op?: OperationTable): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, formValue(item));
  }
  return form;
}

/** The one file param of a binary body: its bytes and their content type. */
export async function binaryBody(value: unknown, param = 'file'): Promise<{ body: Blob; type: string }> {
  const file = await filePart(value, param);
  return { body: file, type: file.type };
}
