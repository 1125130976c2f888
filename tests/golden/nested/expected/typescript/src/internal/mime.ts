// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Content types of files: from their first bytes (as the other SDKs sniff them), else from their names.

const BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  pdf: 'application/pdf',
  json: 'application/json',
  jsonl: 'application/jsonl',
  zip: 'application/zip',
  gz: 'application/gzip',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  html: 'text/html',
  xml: 'application/xml',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  mpeg: 'video/mpeg',
  webm: 'video/webm',
};

const SUFFIX: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'image/gif': '.gif',
};

/** How many leading bytes sniffContentType needs. */
export const SNIFF_BYTES = 16;

function startsWith(head: Uint8Array, offset: number, text: string): boolean {
  if (head.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (head[offset + i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

/** The image type the first bytes show (PNG, JPEG, WEBP, GIF), or undefined. */
export function sniffContentType(head: Uint8Array): string | undefined {
  if (startsWith(head, 0, '\x89PNG\r\n\x1a\n')) return 'image/png';
  if (startsWith(head, 0, '\xff\xd8\xff')) return 'image/jpeg';
  if (startsWith(head, 0, 'RIFF') && startsWith(head, 8, 'WEBP')) return 'image/webp';
  if (startsWith(head, 0, 'GIF87a') || startsWith(head, 0, 'GIF89a')) return 'image/gif';
  return undefined;
}

/** The content type a file name's extension says, or undefined. */
export function contentTypeOfName(name: string | undefined): string | undefined {
  const dot = name ? name.lastIndexOf('.') : -1;
  if (!name || dot < 0) return undefined;
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
}

/** The extension a file of this type gets when it has no name ("" for types without one). */
export function suffixOf(type: string): string {
  return SUFFIX[type] ?? '';
}

/** The last segment of a path (either separator). */
export function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}
