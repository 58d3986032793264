// The audit log in words, in both languages; what a rule did is Accord's, not a person's. That every
// action the server records has its sentence is checked in i18n.test.mjs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demo, serverAndBrowser, signIn } from './support.mjs';

const live = serverAndBrowser();

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
  await page.context().close();
});

test('the audit log reads in Spanish', async () => {
  const page = await auditLog('es-ES');
  await page.getByRole('heading', { level: 1, name: 'Registro de auditoría' }).waitFor();
  const entries = await page.locator('ol.audit-log li .audit-what').allInnerTexts();
  assert.ok(entries.some((e) => /^Accord cerró la propuesta Grade 3 classes of at most 24 students según su regla: adoptada$/
    .test(e)), entries.join('\n'));
  await page.context().close();
});
