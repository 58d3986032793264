// The audit log in words, in both languages; what a rule did is Accord's, not a person's. That every
// action the server records has its sentence is checked in i18n.test.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiAs, demo, serverAndBrowser, signIn } from './support.mjs';

const live = serverAndBrowser();

// The log's sentences, showing older entries until one matches `pattern` (or there are none older).
async function entriesUntil(page, pattern) {
  for (;;) {
    const entries = await page.locator('ol.audit-log li .audit-what').allInnerTexts();
    const older = page.getByRole('button', { name: /^(Show older entries|Mostrar entradas anteriores)$/ });
    if (entries.some((e) => pattern.test(e)) || (await older.count()) === 0) return entries;
    await older.click();
    await page.waitForFunction((n) => document.querySelectorAll('ol.audit-log li').length > n, entries.length);
  }
}

async function auditLog(locale) {
  const context = await live.browser.newContext({ locale });
  const page = await context.newPage();
  await signIn(page, live.server.url, demo.superintendent);
  await page.getByLabel(/^(Language|Idioma)$/).selectOption(locale.slice(0, 2));
  await page.goto(`${live.server.url}/districts/1/audit`);
  await page.locator('ol.audit-log li').first().waitFor();
  return page;
}

test('the audit log reads as sentences naming who did what to which subject', async () => {
  const page = await auditLog('en-US');
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
  const entries = await page.locator('ol.audit-log li .audit-what').allInnerTexts();
  assert.equal(await page.locator('ol.audit-log code').count(), 0);
  for (const entry of entries) assert.doesNotMatch(entry, /^[^ ]+: [a-z_]+\.[a-z_.]+$/, entry);
  assert.ok(entries.some((e) => /^Maria Delgado [a-z]/.test(e)), entries.join('\n'));
  assert.ok(entries.some((e) => /^Maria Delgado proposed Grade 3 classes of at most 24 students$/.test(e)),
    entries.join('\n'));
  // The demo's latest proposal was adopted by its rule, once every member had consented: Accord's doing,
  // not the last member's.
  assert.ok(entries.some((e) => /^Accord closed the proposal Grade 3 classes of at most 24 students by its rule: adopted$/
    .test(e)), entries.join('\n'));
  assert.ok((await page.locator('ol.audit-log li em').count()) > 0);
  // The person a change acted on is named, not only their side; years back, through older entries.
  const named = /^\S.* named [A-Z][a-z]+ [A-Z][a-z]+ (labor|management) co-chair of .+$/;
  assert.ok((await entriesUntil(page, named)).some((e) => named.test(e)), 'no co-chair named');
  const added = /^\S.* added [A-Z][a-z]+ [A-Z][a-z]+ to .+ as a (labor|management|neutral) member$/;
  assert.ok((await entriesUntil(page, added)).some((e) => added.test(e)), 'no member added by name');
  // The first of the partnership's fifteen years is there too.
  const first = /^Accord put version 1 of the charter of District Labor-Management Committee in force: every signer had signed$/;
  assert.ok((await entriesUntil(page, first)).some((e) => first.test(e)), 'the first charter is not reachable');
  await page.context().close();
});

test('the audit log reads in Spanish', async () => {
  const page = await auditLog('es-ES');
  await page.getByRole('heading', { level: 1, name: 'Registro de auditoría' }).waitFor();
  const entries = await page.locator('ol.audit-log li .audit-what').allInnerTexts();
  const named = /^\S.* nombró a [A-Z][a-z]+ [A-Z][a-z]+ copresidente (sindical|de la administración) de .+$/;
  assert.ok((await entriesUntil(page, named)).some((e) => named.test(e)), 'no co-chair named');
  assert.ok(entries.some((e) => /^Accord cerró la propuesta Grade 3 classes of at most 24 students según su regla: adoptada$/
    .test(e)), entries.join('\n'));
  await page.context().close();
});

test('a metric is named in the reader\'s language in the log, whatever language it was logged in', async () => {
  const maria = await apiAs(live.browser, live.server.url, demo.superintendent);
  const metric = (await maria.get('/metrics')).items.find((m) => m.name_en !== m.name_es);
  assert.ok(metric, 'a metric with a Spanish name of its own');
  await maria.post('/metric-values', { metric: metric.key, year: 2001, value: 41 });
  await maria.close();
  for (const [locale, name, words] of [['es-ES', metric.name_es, 'anotó un valor de'], ['en-US', metric.name_en, 'entered a value of']]) {
    const page = await auditLog(locale);
    const first = await page.locator('ol.audit-log li .audit-what').first().innerText();
    assert.equal(first, `Maria Delgado ${words} ${name} ${locale === 'es-ES' ? 'para' : 'for'} 2001`);
    await page.context().close();
  }
});
