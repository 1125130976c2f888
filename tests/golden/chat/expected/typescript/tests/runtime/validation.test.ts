// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// The validator on a table that uses every kind of check; the expected messages are the ones the Go
// runtime's validator gives for the same params (the SDKs agree), except where JavaScript differs
// (type names, null).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { FieldTable, OperationTable, OperationTables, Rule } from '../../src/core/config.js';
import { ParamValidationError } from '../../src/core/error.js';
import { problems, validateParams } from '../../src/core/validation.js';

const when = (param: string, values: string[], negate = false) => ({ param, values, negate });

const FIELDS: Record<string, FieldTable> = {
  name: { kinds: ['string'], required: true, min_length: 2, max_length: 8, pattern: '^[a-z]+$' },
  color: { kinds: ['string'], enum: ['red', 'green'] },
  mood: { kinds: ['string'], enum: ['happy'], open: true },
  count: { kinds: ['integer'], minimum: 1, maximum: 10, format: 'int32' },
  ratio: { kinds: ['number'], minimum: 0.5 },
  flag: { kinds: ['boolean'] },
  when: { kinds: ['string'], format: 'date-time' },
  day: { kinds: ['string'], format: 'date' },
  uid: { kinds: ['string'], format: 'uuid' },
  link: { kinds: ['string'], format: 'uri' },
  tags: { kinds: ['array'], min_items: 1, max_items: 2, items: { kinds: ['string'], enum: ['a', 'b'] } },
  blocks: { kinds: ['array'], items: { kinds: ['object'], model: 'Block' } },
  shape: { kinds: ['object'], union: 'Shape' },
  shape2: { kinds: ['object'], union: 'Defaulted' },
  labels: { kinds: ['object'], model: 'Labels' },
  scores: { kinds: ['map'], values: { kinds: ['number'], maximum: 1 } },
  either: { kinds: ['string', 'integer'] },
  image: { kinds: ['file'] },
  size: { kinds: ['string'] },
  quality: { kinds: ['string'] },
  model: { kinds: ['string'] },
  style: { kinds: ['string'] },
  n: { kinds: ['integer'] },
  note: { kinds: ['string'], nullable: true, required: true },
};

/** A rule of the tables (`then` is the tables' word for its checks, not a promise's). */
function rule(id: string, conditions: Rule['when'], checks: Rule['then'], message = ''): Rule {
  // biome-ignore lint/suspicious/noThenProperty: the tables' shape
  return { id, message, when: conditions, then: checks };
}

const DIMENSIONS = { multiple_of: 16, max_aspect_ratio: 3, max_long_edge: 3840, max_short_edge: 2160 };

const RULES: Rule[] = [
  rule('n-big', [when('model', ['big'])], [{ param: 'n', maximum: 1 }], 'For big, only n=1 is supported.'),
  rule('style-small', [when('model', ['big'], true)], [{ param: 'style', forbidden: true }]),
  rule(
    'quality-big',
    [when('model', ['big']), when('size', ['1024x1024'])],
    [{ param: 'quality', allowed: ['hd', 'standard'], disallowed: ['low'] }],
  ),
  rule(
    'size-flex',
    [when('model', ['flex'])],
    [{ param: 'size', allowed: ['auto'], dimensions: DIMENSIONS }],
  ),
  rule('size-list', [], [{ param: 'size', max_length: 9 }]),
];

const OP: OperationTable = {
  method: 'POST',
  path: '/things',
  body: 'json',
  response: 'json',
  stream_param: '',
  fields: FIELDS,
  rules: RULES,
};

const TABLES: OperationTables = {
  _models: {
    Block: {
      fields: {
        page: { kinds: ['integer'], minimum: 1, required: true },
        text: { kinds: ['string'], max_length: 5 },
      },
    },
    Circle: {
      fields: {
        kind: { kinds: ['string'], enum: ['circle'], required: true },
        radius: { kinds: ['number'], minimum: 0, required: true },
      },
    },
    Square: {
      fields: {
        kind: { kinds: ['string'], enum: ['square'], required: true },
        side: { kinds: ['number'], maximum: 10 },
      },
    },
    Labels: { fields: { name: { kinds: ['string'] } }, additional: { kinds: ['integer'], maximum: 3 } },
  },
  _unions: {
    Shape: { discriminator: 'kind', variants: { circle: 'Circle', square: 'Square' } },
    Defaulted: { discriminator: 'kind', variants: { circle: 'Circle', square: 'Square' }, default: 'circle' },
  },
  'things.create': OP,
};

/** The problems of the params beyond a valid name and note. */
const check = (params: Record<string, unknown>) => problems(TABLES, OP, { name: 'ok', note: 'x', ...params });

test('required params, and null only where the spec allows it', () => {
  assert.deepEqual(problems(TABLES, OP, { note: 'x' }), ["param 'name' is required"]);
  assert.deepEqual(problems(TABLES, OP, { name: null, note: 'x' }), [
    "param 'name' is required and cannot be null",
  ]);
  assert.deepEqual(problems(TABLES, OP, { name: 'ok', note: null }), []);
  assert.deepEqual(problems(TABLES, OP, { name: 'ok' }), ["param 'note' is required"]);
  assert.deepEqual(check({ color: undefined, count: null }), []);
});

test('kinds, closed and open enums, bounds, lengths and patterns', () => {
  assert.deepEqual(check({ name: 'A' }), [
    `param 'name': "A" does not match the pattern ^[a-z]+$`,
    "param 'name': 1 characters is shorter than the minimum length 2",
  ]);
  assert.deepEqual(check({ name: 'abcdefghij' }), [
    "param 'name': 10 characters is longer than the maximum length 8",
  ]);
  assert.deepEqual(check({ color: 'blue', mood: 'sad', count: 0, ratio: 0.25, flag: 'yes' }), [
    `param 'color': "blue" is not one of "red", "green"`,
    "param 'count': 0 is less than the minimum 1",
    "param 'flag': expected boolean, got string",
    "param 'ratio': 0.25 is less than the minimum 0.5",
  ]);
  assert.deepEqual(check({ count: 3.5 }), ["param 'count': expected integer, got number"]);
  assert.deepEqual(check({ count: 3_000_000_000 }), [
    "param 'count': 3000000000 does not fit in an int32",
    "param 'count': 3000000000 is greater than the maximum 10",
  ]);
  assert.deepEqual(check({ either: true }), ["param 'either': expected string or integer, got boolean"]);
  assert.deepEqual(check({ either: 3, color: 'red', mood: 'happy', count: 10, tags: ['b'] }), []);
  assert.deepEqual(check({ ratio: Number.NaN }), ["param 'ratio': expected number, got NaN"]);
  assert.deepEqual(check({ name: 'é'.repeat(8) }), [
    `param 'name': "éééééééé" does not match the pattern ^[a-z]+$`,
  ]);
});

test('formats: date-time, date, uuid and uri (calendar dates included)', () => {
  const good = {
    when: '2025-01-02T03:04:05Z',
    day: '2024-02-29',
    uid: '123e4567-e89b-12d3-a456-426614174000',
    link: 'https://x.example/a',
  };
  assert.deepEqual(check(good), []);
  assert.deepEqual(check({ when: '2025-01-02T03:04:05.123+05:30' }), []);
  assert.deepEqual(check({ when: '2025-01-02 03:04', day: '2025-02-30', uid: 'nope', link: 'no scheme' }), [
    `param 'day': "2025-02-30" is not a valid date`,
    `param 'link': "no scheme" is not a valid uri`,
    `param 'uid': "nope" is not a valid uuid`,
    `param 'when': "2025-01-02 03:04" is not a valid date-time`,
  ]);
  assert.deepEqual(check({ when: '2025-13-02T03:04:05Z' }), [
    `param 'when': "2025-13-02T03:04:05Z" is not a valid date-time`,
  ]);
  assert.deepEqual(check({ when: '2025-01-02T24:00:00Z' }), [
    `param 'when': "2025-01-02T24:00:00Z" is not a valid date-time`,
  ]);
});

test('arrays: item counts and each item, named by its index', () => {
  assert.deepEqual(check({ tags: [] }), ["param 'tags': 0 items is fewer than the minimum 1"]);
  assert.deepEqual(check({ tags: ['a', 'c', 'b'] }), [
    "param 'tags': 3 items is more than the maximum 2",
    `param 'tags[1]': "c" is not one of "a", "b"`,
  ]);
  assert.deepEqual(check({ tags: 'a' }), ["param 'tags': expected array, got string"]);
});

test('models, unions and maps, recursively, named by their path', () => {
  assert.deepEqual(check({ blocks: [{ page: 1 }, { page: 0, text: 'toolong' }, {}] }), [
    "param 'blocks[1].page': 0 is less than the minimum 1",
    "param 'blocks[1].text': 7 characters is longer than the maximum length 5",
    "param 'blocks[2].page' is required",
  ]);
  assert.deepEqual(check({ shape: { kind: 'circle', radius: -1 } }), [
    "param 'shape.radius': -1 is less than the minimum 0",
  ]);
  assert.deepEqual(check({ shape: { kind: 'square', side: 11 } }), [
    "param 'shape.side': 11 is greater than the maximum 10",
  ]);
  assert.deepEqual(check({ shape: { kind: 'hexagon' } }), [
    `param 'shape.kind': "hexagon" is not one of "circle", "square"`,
  ]);
  assert.deepEqual(check({ shape: { radius: 1 } }), [
    `param 'shape.kind' is required (one of "circle", "square")`,
  ]);
  assert.deepEqual(check({ shape2: { radius: -2 } }), [
    "param 'shape2.kind' is required",
    "param 'shape2.radius': -2 is less than the minimum 0",
  ]);
  assert.deepEqual(check({ labels: { name: 'a', x: 4, y: 1, z: 's' } }), [
    "param 'labels.x': 4 is greater than the maximum 3",
    "param 'labels.z': expected integer, got string",
  ]);
  assert.deepEqual(check({ scores: { b: 2, a: 0.5, c: 'high' } }), [
    "param 'scores.b': 2 is greater than the maximum 1",
    "param 'scores.c': expected number, got string",
  ]);
});

test('files are files, not objects', () => {
  assert.deepEqual(check({ image: new Uint8Array([1, 2]) }), []);
  assert.deepEqual(check({ image: new Blob(['x']) }), []);
  assert.deepEqual(check({ image: 'otter.png' }), ["param 'image': expected file, got string"]);
  assert.deepEqual(check({ labels: new Uint8Array([1]) }), [
    "param 'labels': expected object, got Uint8Array",
  ]);
});

test('rules apply only when every condition holds, and name their id', () => {
  assert.deepEqual(check({ model: 'big', n: 2 }), [
    'param \'n\': 2 is greater than the maximum 1 when model is "big" (rule n-big: For big, only n=1 is supported.)',
  ]);
  assert.deepEqual(check({ model: 'small', n: 2, style: 'vivid' }), [
    `param 'style' is not supported when model is "small" (rule style-small)`,
  ]);
  assert.deepEqual(check({ model: 'big', style: 'vivid' }), []);
  assert.deepEqual(check({ style: 'vivid' }), []);
  assert.deepEqual(check({ model: 'big', size: '1024x1024', quality: 'low' }), [
    `param 'quality': "low" is not allowed when model is "big" and size is "1024x1024" (rule quality-big)`,
    `param 'quality': "low" is not allowed when model is "big" and size is "1024x1024"; use one of "hd", "standard" (rule quality-big)`,
  ]);
  assert.deepEqual(check({ model: 'big', size: '1024x1024', quality: 'hd' }), []);
});

test('sizes: allowed by the list or by the dimensions, else the reason', () => {
  const flex = (size: string) => check({ model: 'flex', size });
  assert.deepEqual(flex('1024x1536'), []);
  assert.deepEqual(flex('auto'), []);
  const why = (size: string, reason: string) =>
    `param 'size': "${size}" is not allowed when model is "flex" (${reason}); use one of "auto" (rule size-flex)`;
  assert.deepEqual(flex('1000x1000'), [why('1000x1000', 'width and height must both be divisible by 16')]);
  assert.deepEqual(flex('4000x1008'), [why('4000x1008', 'the aspect ratio must be between 1:3 and 3:1')]);
  assert.deepEqual(flex('3840x2176'), [why('3840x2176', 'the largest size is 3840x2160')]);
  assert.deepEqual(flex('big'), [why('big', 'it is not WIDTHxHEIGHT')]);
  assert.deepEqual(flex('1234567890x1'), [
    why('1234567890x1', 'width and height must both be divisible by 16'),
    "param 'size': 12 characters is longer than the maximum length 9 (rule size-list)",
  ]);
});

test('modes: strict throws a ParamValidationError, warn calls warn, off checks nothing', () => {
  const bad = { name: 'A', note: 'x' };
  const warnings: string[] = [];
  assert.throws(
    () => validateParams(TABLES, 'things.create', bad, 'strict', (m) => warnings.push(m)),
    (err: unknown) =>
      err instanceof ParamValidationError &&
      err.problems.length === 2 &&
      err.message.startsWith('things.create: ') &&
      err.message.includes("param 'name'"),
  );
  validateParams(TABLES, 'things.create', bad, 'warn', (m) => warnings.push(m));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0] ?? '', /^things\.create: param 'name': "A" does not match the pattern/);
  validateParams(TABLES, 'things.create', bad, 'off', (m) => warnings.push(m));
  validateParams(TABLES, 'things.create', { name: 'ok', note: null }, 'strict', (m) => warnings.push(m));
  assert.equal(warnings.length, 1);
});
