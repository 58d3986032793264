// One Spanish term per concept: no Spanish message uses a term that src/i18n/glossary.md rejects.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { messages, webRoot } from './support.mjs';

// The glossary's rows: concept, the Spanish term used, the terms rejected for it.
function glossary() {
  const rows = readFileSync(join(webRoot, 'src', 'i18n', 'glossary.md'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('|---'))
    .slice(1) // the header
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  return rows.map(([concept, term, rejected]) => ({
    concept, term, rejected: rejected.split(',').map((r) => r.trim()).filter(Boolean),
  }));
}

test('the glossary names a Spanish term for every concept and rejects at least some', () => {
  const rows = glossary();
  assert.ok(rows.length >= 20, `only ${rows.length} concepts`);
  for (const row of rows) assert.ok(row.term, `${row.concept} has no Spanish term`);
  assert.ok(rows.filter((r) => r.rejected.length > 0).length >= 15);
});

test('no Spanish message uses a term the glossary rejects', () => {
  const es = messages('es');
  const found = [];
  for (const { concept, term, rejected } of glossary())
    for (const word of rejected) {
      const pattern = new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
      for (const [key, value] of Object.entries(es))
        if (pattern.test(value)) found.push(`${key}: “${word}” — for ${concept} say “${term}”`);
    }
  assert.deepEqual(found, []);
});
