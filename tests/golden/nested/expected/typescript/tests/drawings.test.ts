// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: spec text, never a template

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newClient, requests, sameJSON, scope, type Received } from './testutil.js';

test('Drawings.create with required params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  const res = await client.drawings.create({ id: 'string' });
  sameJSON(res, '{"grid": [[1, 2], [3, 4]], "id": "d1", "shapes": []}');
  const received = await requests(s);
  assert.equal(received.length, 1);
  assert.equal(received[0]?.method, 'POST');
  assert.equal(received[0]?.path, '/drawings');
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/drawings');
  sameJSON(sent.query, '{}');
  sameJSON(sent.params, '{"id": "string"}');
});

test('Drawings.create with all params', async (t) => {
  const s = await scope(t.name);
  const client = newClient(s);
  await client.drawings.create({
    id: 'string',
    color: 'red',
    grid: [
      [1, 1],
      [1, 1],
    ],
    shapes: [
      { center: { x: 1.0, y: 1.0 }, kind: 'circle', radius: 0 },
      { center: { x: 1.0, y: 1.0 }, kind: 'circle', radius: 0 },
    ],
    style: {},
  });
  const received = await requests(s);
  assert.deepEqual(Object.keys((received[received.length - 1] as Received).params).sort(), [
    'color',
    'grid',
    'id',
    'shapes',
    'style',
  ]);
  const sent = received[received.length - 1] as Received;
  assert.equal(sent.raw_path, '/drawings');
  sameJSON(sent.query, '{}');
  sameJSON(
    sent.params,
    '{"color": "red", "grid": [[1, 1], [1, 1]], "id": "string", "shapes": [{"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0}, {"center": {"x": 1.0, "y": 1.0}, "kind": "circle", "radius": 0}], "style": {}}',
  );
});
