// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Params checked against the spec before a request is sent, from the generated tables: the same
// rules and the same messages as the other SDKs' validators. A rule applies only when every param in
// its `when` was given and matches, so an unknown value of an open enum is always accepted.

import type {
  Check,
  Dimensions,
  FieldTable,
  ModelTable,
  OperationTable,
  OperationTables,
  Rule,
  UnionTable,
} from './config.js';
import { HostileClientError, ParamValidationError } from './error.js';
import { isUploadable } from './uploads.js';

export type ValidationMode = 'strict' | 'warn' | 'off';
type Params = Record<string, unknown>;

/** Throws a ParamValidationError (strict), calls warn with its message (warn), or does nothing (off). */
export function validateParams(
  tables: OperationTables,
  key: string,
  params: Params | undefined,
  mode: ValidationMode,
  warn: (message: string) => void,
): void {
  if (mode === 'off') return;
  const op = tables[key] as OperationTable | undefined;
  if (!op || key.startsWith('_')) throw new HostileClientError(`unknown operation ${key}`);
  const found = problems(tables, op, params ?? {});
  if (found.length === 0) return;
  const err = new ParamValidationError(key, found);
  if (mode === 'warn') warn(err.message);
  else throw err;
}

/** Every way the params (the given ones, by wire name) break the spec; [] when they do not. */
export function problems(tables: OperationTables, op: OperationTable, params: Params): string[] {
  const checker = new Checker(
    (tables['_models'] ?? {}) as Record<string, ModelTable>,
    (tables['_unions'] ?? {}) as Record<string, UnionTable>,
  );
  const out = checker.fields('', params, op.fields);
  for (const rule of op.rules ?? []) {
    if (!holds(rule, params)) continue;
    for (const check of rule.then) {
      const value = params[check.param];
      if (value !== undefined && value !== null) out.push(...ruleProblems(rule, check, value, params));
    }
  }
  return out;
}

class Checker {
  constructor(
    private readonly models: Record<string, ModelTable>,
    private readonly unions: Record<string, UnionTable>,
  ) {}

  /** The known fields of an object (named prefix + field), in name order. */
  fields(prefix: string, obj: Params, fields: Record<string, FieldTable>): string[] {
    const out: string[] = [];
    for (const name of Object.keys(fields).sort()) {
      out.push(...this.value(prefix + name, obj[name], fields[name] as FieldTable));
    }
    return out;
  }

  value(name: string, v: unknown, f: FieldTable): string[] {
    if (v === undefined) return f.required ? [`param '${name}' is required`] : [];
    if (v === null)
      return f.required && !f.nullable ? [`param '${name}' is required and cannot be null`] : [];
    if (!f.kinds.some((kind) => isKind(v, kind)))
      return [`param '${name}': expected ${f.kinds.join(' or ')}, got ${typeName(v)}`];
    const out = [...scalarProblems(name, v, f), ...bounds(name, v, f, '')];
    if (Array.isArray(v) && f.items) {
      for (const [i, item] of v.entries()) out.push(...this.value(`${name}[${i}]`, item, f.items));
    } else if (isPlainObject(v)) {
      out.push(...this.object(name, v, f));
    }
    return out;
  }

  object(name: string, v: Params, f: FieldTable): string[] {
    if (f.model) return this.model(name, v, f.model);
    if (f.union) return this.union(name, v, this.unions[f.union]);
    if (!f.values) return [];
    const values = f.values;
    return Object.keys(v)
      .sort()
      .flatMap((k) => this.value(`${name}.${k}`, v[k], values));
  }

  model(name: string, v: Params, key: string): string[] {
    const m = this.models[key];
    if (!m) return [];
    const out = this.fields(`${name}.`, v, m.fields);
    const additional = m.additional;
    if (additional) {
      for (const k of Object.keys(v).sort()) {
        if (!(k in m.fields)) out.push(...this.value(`${name}.${k}`, v[k], additional));
      }
    }
    return out;
  }

  union(name: string, v: Params, u: UnionTable | undefined): string[] {
    if (!u) return [];
    const given = v[u.discriminator];
    const kind = typeof given === 'string' && given !== '' ? given : u.default || undefined;
    const allowed = quoteAll(Object.keys(u.variants).sort());
    if (kind === undefined) return [`param '${name}.${u.discriminator}' is required (one of ${allowed})`];
    const model = u.variants[kind];
    if (model === undefined)
      return [`param '${name}.${u.discriminator}': ${q(kind)} is not one of ${allowed}`];
    return this.model(name, v, model);
  }
}

function isPlainObject(v: unknown): v is Params {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isUploadable(v) && !(v instanceof Date);
}

function isThenable(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

function isKind(v: unknown, kind: string): boolean {
  switch (kind) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'file':
      return isUploadable(v) || isThenable(v);
    case 'array':
      return Array.isArray(v);
    case 'map':
    case 'object':
      return isPlainObject(v);
    default:
      return true;
  }
}

function typeName(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isFinite(v) ? 'number' : String(v);
  if (typeof v !== 'object' || v === null) return typeof v;
  const ctor = (v as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof ctor === 'string' && ctor !== 'Object' ? ctor : 'object';
}

const q = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));
const quoteAll = (list: string[]): string => list.map(q).join(', ');

/** Problems of a string (enum, pattern, format) or an integer (its format's range). */
function scalarProblems(name: string, v: unknown, f: FieldTable): string[] {
  const out: string[] = [];
  if (typeof v === 'string') {
    if (f.enum && !f.open && !f.enum.includes(v))
      out.push(`param '${name}': ${q(v)} is not one of ${quoteAll(f.enum)}`);
    if (f.pattern && !pattern(f.pattern).test(v))
      out.push(`param '${name}': ${q(v)} does not match the pattern ${f.pattern}`);
    if (f.format && !formatOK(f.format, v)) out.push(`param '${name}': ${q(v)} is not a valid ${f.format}`);
  }
  const range = typeof v === 'number' && f.format ? INT_RANGES[f.format] : undefined;
  if (range && typeof v === 'number' && (v < range[0] || v > range[1])) {
    out.push(`param '${name}': ${v} does not fit in an ${f.format}`);
  }
  return out;
}

const INT_RANGES: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [-(2 ** 63), 2 ** 63 - 1],
};

interface Bounds {
  minimum?: number | undefined;
  maximum?: number | undefined;
  min_length?: number | undefined;
  max_length?: number | undefined;
  min_items?: number | undefined;
  max_items?: number | undefined;
}

function bounds(name: string, v: unknown, b: Bounds, suffix: string): string[] {
  const out: string[] = [];
  const at = `param '${name}':`;
  if (typeof v === 'number') {
    if (b.minimum !== undefined && v < b.minimum)
      out.push(`${at} ${v} is less than the minimum ${b.minimum}${suffix}`);
    if (b.maximum !== undefined && v > b.maximum)
      out.push(`${at} ${v} is greater than the maximum ${b.maximum}${suffix}`);
  }
  if (typeof v === 'string' && (b.min_length !== undefined || b.max_length !== undefined)) {
    const n = [...v].length; // code points, as the other SDKs count characters
    if (b.min_length !== undefined && n < b.min_length) {
      out.push(`${at} ${n} characters is shorter than the minimum length ${b.min_length}${suffix}`);
    }
    if (b.max_length !== undefined && n > b.max_length) {
      out.push(`${at} ${n} characters is longer than the maximum length ${b.max_length}${suffix}`);
    }
  }
  if (b.min_items !== undefined || b.max_items !== undefined) {
    const n = Array.isArray(v) ? v.length : 1;
    if (b.min_items !== undefined && n < b.min_items)
      out.push(`${at} ${n} items is fewer than the minimum ${b.min_items}${suffix}`);
    if (b.max_items !== undefined && n > b.max_items)
      out.push(`${at} ${n} items is more than the maximum ${b.max_items}${suffix}`);
  }
  return out;
}

const PATTERNS = new Map<string, RegExp>();

/** The compiled pattern (searched, not anchored unless it says so). */
function pattern(expr: string): RegExp {
  let re = PATTERNS.get(expr);
  if (!re) {
    re = compile(expr, 'u') ?? compile(expr, '') ?? /(?:)/; // the generator checked it: one JS cannot compile matches all
    PATTERNS.set(expr, re);
  }
  return re;
}

function compile(expr: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(expr, flags);
  } catch {
    return undefined;
  }
}

const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?([Zz]|[+-](\d\d):(\d\d))$/;
const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month
  return month >= 1 && month <= 12 && day >= 1 && day <= last;
}

function dateTimeOK(s: string): boolean {
  const m = DATE_TIME.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetOK = m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59);
  return isCalendarDate(year, month, day) && hour <= 23 && minute <= 59 && second <= 60 && offsetOK;
}

function formatOK(format: string, s: string): boolean {
  switch (format) {
    case 'date-time':
      return dateTimeOK(s);
    case 'date': {
      const m = DATE.exec(s);
      return !!m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    }
    case 'uuid':
      return UUID.test(s);
    case 'uri':
      return URI.test(s);
    default:
      return true;
  }
}

function holds(rule: Rule, params: Params): boolean {
  return rule.when.every((c) => {
    const v = params[c.param];
    return typeof v === 'string' && c.values.includes(v) !== (c.negate ?? false);
  });
}

function dimensionsProblem(s: string, d: Dimensions): string {
  const m = /^([1-9][0-9]*)x([1-9][0-9]*)$/.exec(s);
  if (!m) return 'it is not WIDTHxHEIGHT';
  const w = Number(m[1]);
  const h = Number(m[2]);
  if (d.multiple_of && (w % d.multiple_of !== 0 || h % d.multiple_of !== 0)) {
    return `width and height must both be divisible by ${d.multiple_of}`;
  }
  const long = Math.max(w, h);
  const short = Math.min(w, h);
  if (d.max_aspect_ratio && long > short * d.max_aspect_ratio) {
    return `the aspect ratio must be between 1:${d.max_aspect_ratio} and ${d.max_aspect_ratio}:1`;
  }
  if ((d.max_long_edge && long > d.max_long_edge) || (d.max_short_edge && short > d.max_short_edge)) {
    return `the largest size is ${d.max_long_edge ?? 0}x${d.max_short_edge ?? 0}`;
  }
  return '';
}

function ruleProblems(rule: Rule, c: Check, v: unknown, params: Params): string[] {
  const conditions = rule.when.map((w) => `${w.param} is ${q(params[w.param])}`);
  const when = conditions.length ? ` when ${conditions.join(' and ')}` : '';
  const because = ` (rule ${rule.id}${rule.message ? `: ${rule.message}` : ''})`;
  if (c.forbidden) return [`param '${c.param}' is not supported${when}${because}`];
  const out: string[] = [];
  if (typeof v === 'string') {
    if (c.disallowed?.includes(v)) out.push(`param '${c.param}': ${q(v)} is not allowed${when}${because}`);
    if (c.allowed && !c.allowed.includes(v)) {
      const detail = c.dimensions ? dimensionsProblem(v, c.dimensions) : '';
      if (c.dimensions && !detail) return out; // a size the dimensions allow, though not listed
      const why = detail ? ` (${detail})` : '';
      out.push(
        `param '${c.param}': ${q(v)} is not allowed${when}${why}; use one of ${quoteAll(c.allowed)}${because}`,
      );
    }
  }
  out.push(...bounds(c.param, v, c, when + because));
  return out;
}
