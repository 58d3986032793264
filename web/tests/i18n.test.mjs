// Every string the interface shows goes through the translation tables, complete in both languages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { messages, repoRoot, sourceFiles, webRoot } from './support.mjs';

const en = messages('en');
const es = messages('es');

test('English and Spanish have exactly the same keys', () => {
  assert.ok(Object.keys(en).length > 50);
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
});

test('no message is empty', () => {
  for (const [locale, table] of [['en', en], ['es', es]])
    for (const [key, value] of Object.entries(table)) assert.ok(value.trim(), `${locale} ${key} is empty`);
});

test('every placeholder of an English message is in its Spanish message', () => {
  for (const [key, value] of Object.entries(en))
    for (const [placeholder] of value.matchAll(/\{\w+\}/g)) assert.ok(es[key].includes(placeholder), `${key} ${placeholder}`);
});

const sources = (dir) => sourceFiles(dir).filter((f) => f.endsWith('.tsx'));

test('components contain no hard-coded text', () => {
  const found = [];
  for (const file of sources(join(webRoot, 'src'))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      // Text between tags: >Some words<
      for (const m of line.matchAll(/(?<!=)>([^<>{}()=;`]*[A-Za-z]{2,}[^<>{}()=;`]*)</g))
        found.push(`${file}:${i + 1}: ${m[1].trim()}`);
      // Text in attributes people read.
      for (const m of line.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*[A-Za-z][^"]*)"/g))
        found.push(`${file}:${i + 1}: ${m[1]}="${m[2]}"`);
    });
  }
  assert.deepEqual(found, []);
});

test('every key the components use exists', () => {
  const missing = [];
  for (const file of sources(join(webRoot, 'src')))
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([\w.]+)'/g)) if (!(m[1] in en)) missing.push(`${file}: ${m[1]}`);
  assert.deepEqual(missing, []);
});

// The action codes the server's use cases write: the first text after audit(, auditByRule(,
// auditNetwork( or auditAgendaItem( (whose code is its caller's). Codes made in the code are spelled
// out here.
function recordedActions() {
  const made = {
    'decision.': ['decision.adopted', 'decision.no_consent'],
    'issue.': ['issue.interest.add', 'issue.option.add', 'issue.criterion.add'],
  };
  const actions = new Set();
  for (const file of sourceFiles(join(repoRoot, 'src', 'domain')).filter((f) => f.endsWith('.cpp'))) {
    const source = readFileSync(file, 'utf8');
    // The code, or either code of `before ? "x.update" : "x.create"`.
    for (const m of source.matchAll(/\baudit(?:ByRule|Network|AgendaItem)?\(([^;]*?)"([a-z_.]+)"(?:\s*:\s*"([a-z_.]+)")?/gs))
      for (const code of [m[2], m[3]].filter(Boolean))
        for (const action of made[code] ?? [code]) if (action.includes('.')) actions.add(action);
  }
  return [...actions].sort();
}

test('every action the server records has a sentence in English and in Spanish', () => {
  const actions = recordedActions();
  assert.ok(actions.length > 60, `found only ${actions.length} actions`);
  for (const [locale, table] of [['en', messages('en')], ['es', messages('es')]]) {
    const missing = actions.filter((a) => !(`audit.do.${a}` in table));
    assert.deepEqual(missing, [], `${locale} has no sentence for these`);
  }
});
