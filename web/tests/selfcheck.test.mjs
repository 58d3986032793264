// A body's self-check in a real Chromium against a real server: the union president rates with the
// keyboard alone, the maturity level follows, the superintendent sees who changed what, people who
// do not rate read it, the history as a chart and a table, printing, accessibility and Spanish.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { request } from 'playwright-core';
import { accessibilityViolations, demo, demoPassword, launchBrowser, messages, signIn, startServer } from './support.mjs';

const admin = 'admin@demo.accord.example'; // neutral, in the district but not on the body at first
// A body of the two presidents made in before(): the demo's committee has years of self-checks already.
let bodyPath;
let checkPath;
const thisYear = new Date().getUTCFullYear();
const lastYear = thisYear - 1;
const joint = 'A joint labor–management committee that meets regularly';

let server;
let browser;
let superintendentApi; // the superintendent's API session, with its CSRF header
let csrf;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // Last year's self-check, rated by the superintendent: three structures under way, level 2.
  superintendentApi = await request.newContext({ baseURL: server.url });
  const login = await superintendentApi.post('/api/v1/auth/login', { data: { email: demo.superintendent, password: demoPassword } });
  assert.equal(login.status(), 200);
  csrf = { 'X-CSRF-Token': (await login.json()).csrf_token };
  const made = await superintendentApi.post('/api/v1/districts/1/bodies', {
    headers: csrf,
    data: { name: 'Joint Curriculum Committee', labor_seats: 2, management_seats: 2, rule: 'consensus',
      fallback: 'Current practice continues.' },
  });
  assert.equal(made.status(), 201);
  bodyPath = `/districts/1/bodies/${(await made.json()).id}`;
  checkPath = `${bodyPath}/self-check`;
  const people = await (await superintendentApi.get('/api/v1/districts/1/memberships')).json();
  const idOf = (name) => people.items.find((m) => m.name === name).user_id;
  const seat = async (api, headers, name) => assert.equal((await api.post(`/api/v1${bodyPath}/members`, {
    headers, data: { user_id: idOf(name), seat: 'member' } })).status(), 201);
  await seat(superintendentApi, csrf, 'Maria Delgado');
  // Each side seats its own: the union president seats himself.
  const unionApi = await request.newContext({ baseURL: server.url });
  const unionLogin = await unionApi.post('/api/v1/auth/login', { data: { email: demo.unionPresident, password: demoPassword } });
  await seat(unionApi, { 'X-CSRF-Token': (await unionLogin.json()).csrf_token }, 'James Okafor');
  await unionApi.dispose();
  const rated = await superintendentApi.patch(`/api/v1${bodyPath}/self-checks/${lastYear}`, {
    headers: csrf,
    data: { ratings: {
      joint_committee: { rating: 'being_discussed' },
      site_teams: { rating: 'being_discussed' },
      shared_data_review: { rating: 'being_developed', note: 'We read the test results together each fall.' },
    } },
  });
  assert.equal(rated.status(), 200);
  assert.equal((await rated.json()).maturity.level, 2);
});

after(async () => {
  await superintendentApi?.dispose();
  await browser?.close();
  await server?.stop();
});

async function pageAs(email, locale = 'en') {
  const context = await browser.newContext({ locale: locale === 'es' ? 'es-ES' : 'en-US' });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  return page;
}

async function settled(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

// Presses Tab until the focused element's text is `text` (at most 40 times).
async function tabTo(page, text) {
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached “${text}”`);
}

const level = (page) => page.locator('.maturity-now').innerText();
const group = (page, name) => page.getByRole('group', { name, exact: true });

test('the union president rates six structures with the keyboard alone, saves, and the level rises', async () => {
  const page = await pageAs(demo.unionPresident);
  await page.goto(`${server.url}${bodyPath}`);
  const link = page.getByRole('link', { name: 'Self-check of collaborative structures' });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: `Self-check of collaborative structures, ${thisYear}` }).waitFor();
  await settled(page);
  assert.equal(await level(page), 'Level 1 of 5: Beginning');
  assert.equal(await page.locator('.maturity-scale [aria-current="step"]').innerText().then((s) => s.replace(/\s+/g, ' ')),
    '1 Beginning current level');
  const years = page.getByRole('navigation', { name: 'Year of the self-check' });
  assert.equal(await years.getByRole('link', { name: String(thisYear) }).getAttribute('aria-current'), 'page');

  // From the first choice of the first structure: arrows choose a rating, Tab goes to its note and
  // then to the next structure. Implemented is three steps down, being developed two.
  await group(page, joint).getByRole('radio', { name: 'Not existing' }).focus();
  const steps = [3, 2, 3, 2, 3, 2];
  for (const [i, downs] of steps.entries()) {
    for (let n = 0; n < downs; n++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    if (i === 0) await page.keyboard.type('Weekly, two hours, since 2010.');
    await page.keyboard.press('Tab');
  }
  assert.equal(await group(page, joint).getByRole('radio', { name: 'Implemented' }).isChecked(), true);
  assert.equal(await group(page, 'School-site teams of the principal and union representatives')
    .getByRole('radio', { name: 'Being developed' }).isChecked(), true);
  await page.getByText('Unsaved changes: 6').waitFor();

  await tabTo(page, 'Save the ratings');
  const sent = page.waitForRequest((r) => r.method() === 'PATCH');
  await page.keyboard.press('Enter');
  // Only the six structures that changed are sent.
  assert.deepEqual(Object.keys((await sent).postDataJSON().ratings), [
    'joint_committee', 'site_teams', 'signed_charter', 'interest_based_problem_solving', 'joint_decision_rule',
    'joint_communications',
  ]);
  await page.getByRole('status').filter({ hasText: 'Saved. Structures changed: 6. Maturity level now: 3, Developing.' }).waitFor();
  assert.equal(await level(page), 'Level 3 of 5: Developing');
  await page.getByRole('heading', { name: 'What level 4 (Established) still needs' }).waitFor();
  assert.match(await page.locator('.criteria-missing').innerText(), /7 structures/);
  await page.getByText('No unsaved changes.').waitFor();
  await page.getByRole('row', { name: new RegExp(`^${thisYear} 3, Developing`) }).waitFor();

  // After a reload the ratings, the note, who changed them and the level are all still there.
  await page.reload();
  await settled(page);
  assert.equal(await level(page), 'Level 3 of 5: Developing');
  const first = group(page, joint);
  assert.equal(await first.getByRole('radio', { name: 'Implemented' }).isChecked(), true);
  assert.equal(await first.getByLabel('Note (optional)').inputValue(), 'Weekly, two hours, since 2010.');
  assert.match(await first.locator('.changed-by').innerText(), /^Last changed by James Okafor, /);

  // A note alone is sent without a rating.
  await first.getByLabel('Note (optional)').fill('Weekly, two hours.');
  const noteOnly = page.waitForRequest((r) => r.method() === 'PATCH');
  await page.getByRole('button', { name: 'Save the ratings' }).click();
  assert.deepEqual((await noteOnly).postDataJSON(), { ratings: { joint_committee: { note: 'Weekly, two hours.' } } });
  await page.getByRole('status').filter({ hasText: 'Structures changed: 1.' }).waitFor();
  await page.context().close();
});

test('a note on a structure nobody has rated is refused, naming the structure', async () => {
  const page = await pageAs(demo.unionPresident);
  await page.goto(`${server.url}${checkPath}`);
  await settled(page);
  const structure = 'A plan for leadership transitions';
  await group(page, structure).getByLabel('Note (optional)').fill('The handbook is started.');
  await page.getByRole('button', { name: 'Save the ratings' }).click();
  await page.getByRole('alert').filter({
    hasText: `Not saved. ${structure}: choose a rating before adding a note.`,
  }).waitFor();
  assert.match(await group(page, structure).getAttribute('class'), /has-error/);
  // Choosing a rating saves both.
  await group(page, structure).getByRole('radio', { name: 'Being discussed' }).check();
  await page.getByRole('button', { name: 'Save the ratings' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved. Structures changed: 1.' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.context().close();
});

test('the superintendent, in another browser, sees the union president’s ratings and name', async () => {
  const page = await pageAs(demo.superintendent);
  await page.goto(`${server.url}${checkPath}`);
  await settled(page);
  assert.equal(await level(page), 'Level 3 of 5: Developing');
  const first = group(page, joint);
  assert.equal(await first.getByRole('radio', { name: 'Implemented' }).isChecked(), true);
  assert.match(await first.locator('.changed-by').innerText(), /^Last changed by James Okafor, /);
  assert.equal(await group(page, 'Joint communications to all staff').getByRole('radio', { name: 'Being developed' })
    .isChecked(), true);
  // She rates too: the form is hers as well.
  assert.equal(await page.getByRole('button', { name: 'Save the ratings' }).isEnabled(), true);
  await page.context().close();
});

test('people who do not rate read the self-check, with a sentence saying who rates', async () => {
  const page = await pageAs(admin);
  await page.goto(`${server.url}${checkPath}`);
  await settled(page);
  await page.getByText('Only the labor and management members of this body rate its self-check. You can read it.').waitFor();
  assert.equal(await page.getByRole('radio').count(), 0);
  assert.equal(await page.getByRole('textbox').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Save the ratings' }).count(), 0);
  const item = page.locator('.structure-list li').filter({ has: page.getByRole('heading', { name: joint }) });
  assert.match(await item.innerText(), /Implemented/);
  assert.match(await item.innerText(), /Weekly, two hours\./);
  assert.match(await item.innerText(), /Last changed by James Okafor/);
  assert.equal(await level(page), 'Level 3 of 5: Developing');

  // Seated on the body as a neutral member, the administrator still reads only.
  const people = await (await superintendentApi.get('/api/v1/districts/1/memberships')).json();
  const adminId = people.items.find((m) => m.name === 'Accord Administrator').user_id;
  const seated = await superintendentApi.post(`/api/v1${bodyPath}/members`, {
    headers: csrf, data: { user_id: adminId, seat: 'member' },
  });
  assert.equal(seated.status(), 201);
  await page.reload();
  await settled(page);
  await page.getByText(/^As a neutral member of this body you can read the self-check, but you do not rate it/).waitFor();
  assert.equal(await page.getByRole('radio').count(), 0);
  await page.context().close();
});

test('the history shows each year as a chart and in a table; the year chooser opens an earlier year; it prints', async () => {
  const page = await pageAs(demo.unionPresident);
  await page.goto(`${server.url}${checkPath}`);
  await settled(page);
  const chart = page.getByRole('img', { name: 'Maturity level per year' });
  await chart.waitFor();
  assert.match(await chart.locator('desc').textContent(), new RegExp(`${lastYear}: level 2 \\(Exploring\\); ${thisYear}: level 3 \\(Developing\\)`));
  assert.equal(await chart.locator('rect').count(), 2);
  const table = page.getByRole('table', { name: 'Maturity level per year, with the structures implemented and rated' });
  const row = table.getByRole('row', { name: new RegExp(`^${lastYear}`) });
  assert.deepEqual(await row.getByRole('cell').allInnerTexts(), ['2, Exploring', '0 of 10', '3 of 10']);

  // The year chooser lists last year; it opens last year's self-check at its own address.
  await page.getByRole('navigation', { name: 'Year of the self-check' }).getByRole('link', { name: String(lastYear) }).click();
  await page.getByRole('heading', { level: 1, name: `Self-check of collaborative structures, ${lastYear}` }).waitFor();
  await settled(page);
  assert.equal(new URL(page.url()).pathname, `${checkPath}/${lastYear}`);
  assert.equal(await level(page), 'Level 2 of 5: Exploring');
  assert.equal(await group(page, 'Shared review of student data').getByLabel('Note (optional)').inputValue(),
    'We read the test results together each fall.');
  await page.reload();
  await settled(page);
  assert.equal(await level(page), 'Level 2 of 5: Exploring');

  // Printed: no navigation and no controls, the ratings as text.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [page.locator('header.top'), page.getByRole('navigation', { name: 'Year of the self-check' }),
    page.locator('form.rating-form'), page.getByRole('button', { name: 'Print' })]) {
    assert.equal(await hidden.isVisible(), false);
  }
  assert.equal(await page.locator('.print-only .structure-list').isVisible(), true);
  assert.equal(await chart.isVisible(), true);
  await page.context().close();
});

// Chooses the interface language and waits until the account keeps it (the next page load reads it).
async function setLanguage(page, locale) {
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
  await page.getByLabel(/^(Language|Idioma)$/).selectOption(locale);
  assert.equal((await saved).status(), 200);
}

// The self-check page as someone who rates and as someone who reads.
const views = () => [[demo.unionPresident, checkPath], [admin, `${checkPath}/${lastYear}`]];

for (const locale of ['en', 'es']) {
  test(`the self-check page has no accessibility violations in ${locale}`, async () => {
    for (const [email, path] of views()) {
      const page = await pageAs(email, locale);
      await setLanguage(page, locale);
      await page.goto(`${server.url}${path}`);
      await settled(page);
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      assert.deepEqual(await accessibilityViolations(page), [], `${email} ${path}`);
      await page.setViewportSize({ width: 390, height: 800 });
      assert.deepEqual(await accessibilityViolations(page), [], `${email} ${path} at 390 px`);
      if (locale === 'es') await setLanguage(page, 'en');
      await page.context().close();
    }
  });
}

test('the Spanish self-check page shows no English string', async () => {
  const en = messages('en');
  const es = messages('es');
  const english = Object.entries(en)
    .filter(([key, value]) => value !== es[key] && value.length >= 4 && !value.includes('{'))
    .map(([, value]) => value);
  // The names the API gives in English must not show either.
  const year = await (await superintendentApi.get(`/api/v1${bodyPath}/self-checks/${thisYear}`)).json();
  const history = await (await superintendentApi.get(`/api/v1${bodyPath}/self-checks`)).json();
  const apiEnglish = [
    ...history.levels.map((l) => l.name_en), ...history.items.flatMap((i) => i.maturity.met.map((c) => c.text_en)),
    ...year.structures.map((s) => s.name_en), year.maturity.name_en, year.maturity.next.name_en,
    ...year.maturity.met.map((c) => c.text_en), ...year.maturity.next.missing.map((c) => c.text_en),
  ];
  for (const [email, path] of views()) {
    const page = await pageAs(email, 'es');
    await setLanguage(page, 'es');
    await page.goto(`${server.url}${path}`);
    await settled(page);
    if (email === demo.unionPresident) {
      // The saved status too.
      await page.getByRole('group', { name: 'Desarrollo profesional conjunto' }).getByRole('radio', { name: 'En discusión' }).check();
      await page.getByRole('button', { name: 'Guardar las valoraciones' }).click();
      await page.getByRole('status').filter({ hasText: 'Guardado. Estructuras cambiadas: 1.' }).waitFor();
    }
    const text = await page.locator('body').innerText();
    const lines = text.split('\n').map((l) => l.trim());
    assert.deepEqual(english.filter((s) => lines.includes(s)), [], path);
    assert.deepEqual(apiEnglish.filter((s) => text.includes(s)), [], path);
    assert.match(text, /Nivel 3 de 5: En desarrollo|Nivel 2 de 5: En exploración/);
    await setLanguage(page, 'en');
    await page.context().close();
  }
});
