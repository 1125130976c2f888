// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The shapes of the two generated tables (src/internal/tables.ts): the client's settings from the
// spec, and every operation's params, rules and response shape (the same JSON every SDK embeds).

export interface CredentialConfig {
  /** The spec's name for it, as operations list it in `auth`. */
  key: string;
  /** The client option that holds it. */
  option: string;
  /** The environment variable it defaults from ("" for none). */
  env: string;
  scheme: 'bearer' | 'header' | 'basic';
  header: string;
  prefix: string;
}

export interface HeaderConfig {
  option: string;
  header: string;
  env: string;
  default: string;
  required: boolean;
}

export interface ErrorConfig {
  envelope: string;
  message: string;
  type: string;
  code: string;
  param: string;
  requestIdHeader: string;
}

export interface ClientConfig {
  name: string;
  packageVersion: string;
  baseURL: string;
  baseURLEnv: string;
  credentials: CredentialConfig[];
  headers: HeaderConfig[];
  errors: ErrorConfig;
  /** [what it carries, the header's name] (docs/runtime-contract.md). */
  platformHeaders: string[][];
  validationEnv: string;
  logEnv: string;
  streamAccept: string;
}

export interface FieldTable {
  kinds: string[];
  required?: boolean;
  nullable?: boolean;
  enum?: string[];
  open?: boolean;
  items?: FieldTable;
  values?: FieldTable;
  model?: string;
  union?: string;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  min_length?: number;
  max_length?: number;
  min_items?: number;
  max_items?: number;
  in?: 'path' | 'query' | 'header';
  header?: string;
  style?: string;
}

export interface ModelTable {
  fields: Record<string, FieldTable>;
  additional?: FieldTable;
}

export interface UnionTable {
  discriminator: string;
  variants: Record<string, string>;
  default?: string;
}

export interface StreamTable {
  always?: boolean;
  keepalive?: string[];
  error_event?: string;
  done?: string;
  discriminator?: string;
}

export interface CursorTable {
  param: string;
  from?: string;
  item?: string;
}

export interface PaginationTable {
  style: 'cursor' | 'page' | 'offset';
  items: string;
  has_more?: string;
  after?: CursorTable;
  before?: CursorTable;
  param?: string;
  total?: string;
}

export interface Condition {
  param: string;
  values: string[];
  negate?: boolean;
}

export interface Dimensions {
  multiple_of?: number;
  max_aspect_ratio?: number;
  max_long_edge?: number;
  max_short_edge?: number;
}

export interface Check {
  param: string;
  forbidden?: boolean;
  allowed?: string[];
  disallowed?: string[];
  minimum?: number;
  maximum?: number;
  min_length?: number;
  max_length?: number;
  min_items?: number;
  max_items?: number;
  dimensions?: Dimensions;
}

export interface Rule {
  id: string;
  message?: string;
  when: Condition[];
  then: Check[];
}

export interface OperationTable {
  method: string;
  path: string;
  body: 'json' | 'multipart' | 'form' | 'binary' | 'none';
  response: 'json' | 'jsonl' | 'binary' | 'text' | 'none';
  fields: Record<string, FieldTable>;
  rules: Rule[];
  stream_param: string;
  stream?: StreamTable;
  pagination?: PaginationTable;
  auth?: string[];
}

/** The generated tables: operation keys ("books.list"), plus "_models", "_unions" and "_generated". */
export type OperationTables = Record<string, unknown>;

export function operation(tables: OperationTables, key: string): OperationTable {
  const op = tables[key];
  if (!op || key.startsWith('_')) {
    throw new Error(`unknown operation ${key}`);
  }
  return op as OperationTable;
}
