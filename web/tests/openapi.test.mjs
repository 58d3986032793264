// The typed client calls only routes the OpenAPI document describes, with the same method.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot, sourceFiles, webRoot } from './support.mjs';

const doc = JSON.parse(readFileSync(join(repoRoot, 'docs', 'openapi.json'), 'utf8'));
// The client is src/api/client.ts and one module per area beside it.
const client = sourceFiles(join(webRoot, 'src', 'api')).map((f) => readFileSync(f, 'utf8')).join('\n');
const calls = [...client.matchAll(/call<[^(]*>\(\s*'(\w+)',\s*'([^']+)'/g)].map((m) => [m[1], m[2]]);

test('the client makes calls', () => {
  assert.ok(calls.length >= 15);
});

test('every call of the client is a documented route', () => {
  const undocumented = calls.filter(([method, path]) => !doc.paths[path]?.[method.toLowerCase()]);
  assert.deepEqual(undocumented, []);
});
