// The typed client calls only routes the OpenAPI document describes, with the same method.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, webRoot } from './support.mjs';

const doc = JSON.parse(readFileSync(join(repoRoot, 'docs', 'openapi.json'), 'utf8'));
const client = readFileSync(join(webRoot, 'src', 'api', 'client.ts'), 'utf8');
const calls = [...client.matchAll(/call<[^(]*>\(\s*'(\w+)',\s*'([^']+)'/g)].map((m) => [m[1], m[2]]);

test('the client makes calls', () => {
  assert.ok(calls.length >= 15);
});

test('every call of the client is a documented route', () => {
  const undocumented = calls.filter(([method, path]) => !doc.paths[path]?.[method.toLowerCase()]);
  assert.deepEqual(undocumented, []);
});
