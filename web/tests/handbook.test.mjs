// The partnership handbook, the request to read it on a new co-chair's home, and the email
// preferences on the account page, in a real Chromium against a real server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, apiAs, chooseLanguage, demo, launchBrowser, messages, signIn, startServer } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // Something for each part of the handbook beyond the demo's charter and body.
  const maria = await apiAs(browser, server.url, demo.superintendent);
  await maria.post('/action-items', { title: 'Publish the retreat summary', due_date: '2031-03-15' });
  await maria.post('/metric-values', { metric: 'ela_met', year: 2023, value: 48.5 });
  await maria.post('/metric-values', { metric: 'ela_met', year: 2023, scope: 'state', value: 46.1 });
  await maria.post('/metric-values', { metric: 'ela_met', year: 2024, value: 51.2 });
  // The demo's co-chairs read the handbook long ago; Ana Reyes is new as a co-chair of a new working group.
  const group = await maria.post('/bodies', {
    name: 'Calendar working group', level: 'district', labor_seats: 2, management_seats: 2, rule: 'consensus',
    quorum_per_side: 1, fallback: 'The committee decides.',
  });
  const members = (await maria.get('/memberships?limit=200')).items;
  const ana = members.find((m) => m.email === 'site.rep@demo.accord.example');
  // Linda Chen, new as its management co-chair, keeps the request on her home for the checks below.
  const linda = members.find((m) => m.email === 'board.president@demo.accord.example');
  await maria.post(`/bodies/${group.id}/members`, { user_id: linda.user_id });
  await maria.post(`/bodies/${group.id}/co-chairs`, { user_id: linda.user_id });
  await maria.close();
  // Who sits and co-chairs for labor is labor's to say.
  const james = await apiAs(browser, server.url, demo.unionPresident);
  await james.post(`/bodies/${group.id}/members`, { user_id: ana.user_id });
  await james.post(`/bodies/${group.id}/co-chairs`, { user_id: ana.user_id });
  await james.close();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(email, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  return page;
}

const settled = (page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

test('a new co-chair is asked on the home page to read the handbook, reads it and marks it read', async () => {
  // Not the superintendent, who co-chaired for years and read it long ago.
  const maria = await signedIn(demo.superintendent);
  await maria.goto(`${server.url}/districts/1`);
  await maria.getByRole('heading', { level: 2, name: 'What needs you' }).waitFor();
  await settled(maria);
  assert.equal(await maria.getByRole('region', { name: 'Read the partnership handbook' }).count(), 0);
  await maria.context().close();

  const page = await signedIn('site.rep@demo.accord.example');
  await page.goto(`${server.url}/districts/1`);
  const notice = page.getByRole('region', { name: 'Read the partnership handbook' });
  const open = notice.getByRole('link', { name: 'Open the handbook' });
  await open.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Partnership handbook' }).waitFor();
  await settled(page);

  // The charter in force, with who signed it.
  const charters = page.getByRole('region', { name: 'Charter and principles' });
  await charters.getByText(/^Labor and management work as allies/).waitFor();
  await charters.getByText('We won\'t let each other fail.').waitFor();
  assert.match(await charters.innerText(), /Maria Delgado \(management\)/);
  assert.match(await charters.innerText(), /James Okafor \(labor\)/);
  // The bodies and their co-chairs.
  const body = page.getByRole('region', { name: 'Joint bodies and co-chairs' }).getByRole('row')
    .filter({ hasText: 'District Labor-Management Committee' });
  assert.match(await body.innerText(), /James Okafor\s+Maria Delgado/);
  // The milestones, the outcomes beside the state and the open commitments.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByText('New management co-chair: Maria Delgado').waitFor();
  await timeline.getByText('Charter version 1 took effect').waitFor();
  const outcomes = page.getByRole('region', { name: 'Outcomes beside the state' });
  await outcomes.getByRole('img', { name: /the district beside the state/ }).first().waitFor();
  const row2023 = outcomes.getByRole('row').filter({ hasText: '2023' }).first();
  assert.match(await row2023.innerText(), /48\.5\s+46\.1/);
  const commitments = page.getByRole('region', { name: 'Open commitments' });
  await commitments.getByRole('row').filter({ hasText: 'Publish the retreat summary' }).waitFor();

  // Printed: no navigation, no buttons, the handbook itself.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.top').isVisible(), false);
  assert.equal(await page.locator('nav.tabs').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Print the handbook' }).isVisible(), false);
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Partnership handbook' }).isVisible(), true);
  assert.equal(await commitments.isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('header.top').isVisible(), true);

  // Back home, she says she has read it, and the request is gone for good.
  await page.getByRole('link', { name: 'Overview' }).click();
  const done = page.getByRole('button', { name: 'I have read it' });
  await done.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Marked as read.' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'What needs you' }).waitFor();
  await settled(page);
  assert.equal(await page.getByRole('region', { name: 'Read the partnership handbook' }).count(), 0);
  await page.context().close();
});

test('email preferences are saved and come back, with the keyboard alone', async () => {
  const page = await signedIn(demo.unionPresident);
  await page.goto(`${server.url}/account`);
  const section = page.getByRole('region', { name: 'Email notifications' });
  const actions = section.getByLabel('My action items due or overdue', { exact: true });
  await actions.waitFor();
  assert.equal(await actions.isChecked(), true);
  await section.getByText('This Accord server does not send email yet').waitFor();
  await actions.focus();
  await page.keyboard.press('Space');
  assert.equal(await actions.isChecked(), false);
  const save = section.getByRole('button', { name: 'Save my email choices' });
  for (let i = 0; i < 5 && !(await save.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await section.getByRole('status').filter({ hasText: 'Your email choices are saved.' }).waitFor();

  await page.reload();
  await section.getByLabel('My action items due or overdue', { exact: true }).waitFor();
  assert.equal(await section.getByLabel('My action items due or overdue', { exact: true }).isChecked(), false);
  assert.equal(await section.getByLabel('Proposals waiting for my stance', { exact: true }).isChecked(), true);
  assert.equal(await section.getByLabel('Changes in the practices I follow', { exact: true }).isChecked(), true);
  await page.context().close();
});

const pages = ['/districts/1', '/districts/1/handbook', '/account'];

for (const locale of ['en', 'es']) {
  test(`the handbook, the home with its request and the account page have no accessibility violations in ${locale}`,
    async () => {
      // The board president has not marked the handbook read: her home shows the request.
      const page = await signedIn('board.president@demo.accord.example', { locale: locale === 'es' ? 'es-ES' : 'en-US' });
      await chooseLanguage(page, locale);
      for (const path of pages) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await settled(page);
        assert.deepEqual(await accessibilityViolations(page), [], path);
      }
      await page.goto(`${server.url}/districts/1`);
      await page.locator('.handbook-notice').waitFor();
      assert.deepEqual(await accessibilityViolations(page), [], 'home with the request');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${server.url}/districts/1/handbook`);
      await settled(page);
      assert.deepEqual(await accessibilityViolations(page), [], 'handbook on a phone');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone`);
      await chooseLanguage(page, 'en');
      await page.context().close();
    });
}

test('Spanish pages show no English string', async () => {
  const en = messages('en');
  const es = messages('es');
  const english = Object.entries(en)
    .filter(([key, value]) => value !== es[key] && value.length >= 4 && !value.includes('{'))
    .map(([, value]) => value);
  const page = await signedIn(demo.unionPresident, { locale: 'es-ES' });
  await chooseLanguage(page, 'es');
  for (const path of pages) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settled(page);
    const lines = (await page.locator('body').innerText()).split('\n').map((l) => l.trim());
    const leaked = english.filter((s) => lines.includes(s));
    assert.deepEqual(leaked, [], path);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
  }
  await page.goto(`${server.url}/account`);
  await page.getByRole('region', { name: 'Avisos por correo electrónico' })
    .getByLabel('Cambios en las prácticas que sigo').waitFor();
  await page.goto(`${server.url}/districts/1/handbook`);
  await page.getByRole('heading', { level: 1, name: 'Manual de la alianza' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Cronología' }).waitFor();
  await chooseLanguage(page, 'en');
  await page.context().close();
});
