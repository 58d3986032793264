// Every string the interface shows goes through the translation tables, complete in both languages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { messages, sourceFiles, webRoot } from './support.mjs';

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
