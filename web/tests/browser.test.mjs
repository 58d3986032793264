// The interface in a real Chromium against a real server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, chooseLanguage, demo, launchBrowser, messages, signIn, startServer } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  return context.newPage();
}

test('a superintendent signs in with the keyboard alone and reaches the district', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  // From the top of the page: skip link, brand, language, then the form.
  await page.getByLabel('Email').focus();
  await page.keyboard.type(demo.superintendent);
  await page.keyboard.press('Tab');
  await page.keyboard.type('accord-demo');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'My districts' }).waitFor();
  const link = page.getByRole('link', { name: /ABC Partnership Unified/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByText('You are superintendent (management).').waitFor();
  assert.match(await page.locator('dl.facts').innerText(), /20,000/);
  await page.context().close();
});

test('a wrong password gets a clear message', async () => {
  const page = await newPage();
  await page.goto(`${server.url}/`);
  await page.getByLabel('Email').fill(demo.superintendent);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'The email or password is not correct.' }).waitFor();
  await page.context().close();
});

test('deep links survive a reload', async () => {
  const page = await newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.goto(`${server.url}/districts/1/members`);
  await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
  await page.reload();
  await page.getByRole('cell', { name: 'James Okafor' }).waitFor();
  await page.context().close();
});

test('each side seats its own people and names its own co-chair; the other side is not offered the controls', async () => {
  const en = messages('en');
  const page = await newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.goto(`${server.url}/districts/1/bodies`);
  await page.getByLabel('Name').fill('District Labor-Management Committee');
  await page.getByLabel('Fallback when there is no consent').fill('The superintendent decides after hearing both sides.');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'District Labor-Management Committee' }).waitFor();
  await page.getByText(en['bodies.ownSideOnly.management']).waitFor();
  // The superintendent may seat management (and neutral) people only.
  const offered = await page.getByLabel('Person').locator('option').allInnerTexts();
  assert.ok(offered.includes('Maria Delgado (management)'), offered.join(', '));
  assert.ok(!offered.some((o) => o.includes('(labor)')), offered.join(', '));
  await page.getByLabel('Person').selectOption({ label: 'Maria Delgado (management)' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('cell', { name: 'Maria Delgado' }).waitFor();
  const maria = page.getByRole('row', { name: /Maria Delgado/ });
  await maria.getByRole('button', { name: 'Make co-chair' }).click();
  await maria.getByRole('button', { name: 'Make co-chair' }).waitFor({ state: 'detached' });

  // The union president seats labor's president and names labor's co-chair from their own browser.
  const other = await newPage();
  await signIn(other, server.url, demo.unionPresident);
  await other.goto(page.url());
  await other.getByRole('heading', { level: 1, name: 'District Labor-Management Committee' }).waitFor();
  await other.getByText(en['bodies.ownSideOnly.labor']).waitFor();
  await other.getByLabel('Person').selectOption({ label: 'James Okafor (labor)' });
  await other.getByRole('button', { name: 'Add', exact: true }).click();
  await other.getByRole('cell', { name: 'James Okafor' }).waitFor();
  const james = other.getByRole('row', { name: /James Okafor/ });
  await james.getByRole('button', { name: 'Make co-chair' }).click();
  await james.getByRole('button', { name: 'Make co-chair' }).waitFor({ state: 'detached' });
  // Nothing to press on the management co-chair's row.
  assert.equal(await other.getByRole('row', { name: /Maria Delgado/ }).getByRole('button').count(), 0);
  const facts = await other.locator('dl.facts').innerText();
  assert.match(facts, /Labor co-chair\s+James Okafor/);
  assert.match(facts, /Management co-chair\s+Maria Delgado/);
  await other.context().close();

  // Back with the superintendent: labor's row offers no control.
  await page.reload();
  await page.getByRole('cell', { name: 'James Okafor' }).waitFor();
  assert.equal(await page.getByRole('row', { name: /James Okafor/ }).getByRole('button').count(), 0);

  // The body's rule for moving issues on changes on its page, and the audit log says so in words.
  const rule = page.getByRole('group', { name: en['bodies.changeAdvanceRule'] });
  assert.equal(await rule.getByRole('radio', { name: en['advance.both_sides'] }).isChecked(), true);
  await rule.getByRole('radio', { name: en['advance.any_member'] }).check();
  await page.getByRole('button', { name: en['bodies.saveAdvanceRule'] }).click();
  await page.getByRole('status').filter({ hasText: en['bodies.advanceRuleSaved'] }).waitFor();
  assert.match(await page.locator('dl.facts').innerText(), new RegExp(`${en['bodies.advanceRule']}\\s+${en['advance.any_member']}`));
  await page.goto(`${server.url}/districts/1/audit`);
  await page.locator('ol.audit-log li', {
    hasText: `Maria Delgado changed how District Labor-Management Committee moves an issue on: ${en['advance.any_member']}`,
  }).first().waitFor();
  await page.context().close();
});

const pages = ['/', '/account', '/districts/1', '/districts/1/members', '/districts/1/bodies', '/districts/1/audit'];

for (const locale of ['en', 'es']) {
  test(`every page has no accessibility violations in ${locale}`, async () => {
    const page = await newPage({ locale: locale === 'es' ? 'es-ES' : 'en-US' });
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(await accessibilityViolations(page), [], 'sign-in page');
    await signIn(page, server.url, demo.superintendent);
    await chooseLanguage(page, locale);
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
      assert.deepEqual(await accessibilityViolations(page), [], path);
    }
    await page.context().close();
  });
}

test('Spanish shows no English string', async () => {
  const en = messages('en');
  const es = messages('es');
  const english = Object.entries(en)
    .filter(([key, value]) => value !== es[key] && value.length >= 4 && !value.includes('{'))
    .map(([, value]) => value);
  const page = await newPage({ locale: 'es-ES' });
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Iniciar sesión' }).waitFor();
  await signIn(page, server.url, demo.superintendent);
  await chooseLanguage(page, 'es');
  for (const path of pages) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    const text = await page.locator('body').innerText();
    const lines = text.split('\n').map((l) => l.trim());
    const leaked = english.filter((s) => lines.includes(s));
    assert.deepEqual(leaked, [], path);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
  }
  // Back to English for the tests that follow.
  await chooseLanguage(page, 'en');
  await page.context().close();
});

test('both co-chairs sign a new charter version in their own browsers and it takes effect', async () => {
  const superintendent = await newPage();
  await signIn(superintendent, server.url, demo.superintendent);
  await superintendent.goto(`${server.url}/districts/1/bodies/1`);
  // The demo's committee has revised its charter twice over its fifteen years.
  await superintendent.getByText('Version 3, in force since').waitFor();
  const principles = superintendent.getByLabel('Guiding principles (one per line)');
  await principles.fill(`${await principles.inputValue()}\nWe celebrate our students' progress together.`);
  await superintendent.getByRole('button', { name: 'Save the draft' }).click();
  await superintendent.getByRole('button', { name: 'Sign version 4' }).click();
  await superintendent.getByText('1 of 2 signatures').waitFor();

  const president = await newPage();
  await signIn(president, server.url, demo.unionPresident);
  await president.goto(`${server.url}/districts/1/bodies/1`);
  await president.getByRole('button', { name: 'Sign version 4' }).click();
  await president.getByText('Version 4, in force since').waitFor();
  assert.match(await president.locator('section').innerText(), /We celebrate our students' progress together\./);
  assert.match(await president.locator('section').innerText(), /Version 3 · superseded/);
  await president.context().close();
  await superintendent.context().close();
});
