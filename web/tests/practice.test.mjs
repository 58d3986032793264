// The practice library in a real Chromium against a real server: the union president writes a
// practice and both co-chairs sign it off, a reader searches with the keyboard alone and sees the
// words marked, a second district adopts it as an issue, a reader follows a practice and stops
// following it with the keyboard, script in a practice stays inert, a public practice reads without
// signing in, accessibility and Spanish.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, apiAs, demo, demoPassword, launchBrowser, messages, signIn, startServer } from './support.mjs';

const admin = 'admin@demo.accord.example'; // an installation administrator; leads the second district
const practicesTab = '/districts/1/practices';

let server;
let browser;
let union; // the union president's API session (district 1)
let superintendent;
let valley; // the second district's id
let openPractice; // a published, public practice
let networkPractice; // a published practice that is not public

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  union = await apiAs(browser, server.url, demo.unionPresident);
  superintendent = await apiAs(browser, server.url, demo.superintendent);
  // A second district, led by the administrator, with a joint body to take up what it adopts.
  const context = await browser.newContext();
  const login = await context.request.post(`${server.url}/api/v1/auth/login`, { data: { email: admin, password: demoPassword } });
  const headers = { 'X-CSRF-Token': (await login.json()).csrf_token };
  const district = await context.request.post(`${server.url}/api/v1/districts`, {
    headers, data: { name: 'Valley Unified', state: 'CA', my_side: 'management', my_role: 'superintendent' },
  });
  assert.equal(district.status(), 201);
  valley = (await district.json()).id;
  const body = await context.request.post(`${server.url}/api/v1/districts/${valley}/bodies`, {
    headers,
    data: { name: 'Valley Joint Committee', labor_seats: 2, management_seats: 2, rule: 'consensus', quorum_per_side: 1,
      fallback: 'The board decides.' },
  });
  assert.equal(body.status(), 201);
  await context.close();
  openPractice = await publish({ title: 'Open budget book', summary: 'Both sides read the budget together each spring.',
    body: 'We meet **twice** before the board votes.', public: true, tags: ['budget'] });
  networkPractice = await publish({ title: 'Joint walkthroughs', summary: 'Teachers and principals visit classes together.' });
  // The union president follows the public practice, so that their library lists what they follow.
  const unionContext = await browser.newContext();
  const unionLogin = await unionContext.request.post(`${server.url}/api/v1/auth/login`,
    { data: { email: demo.unionPresident, password: demoPassword } });
  const followed = await unionContext.request.put(`${server.url}/api/v1/practices/${openPractice}/follow`,
    { headers: { 'X-CSRF-Token': (await unionLogin.json()).csrf_token } });
  assert.equal(followed.status(), 200);
  await unionContext.close();
});

after(async () => {
  await union?.close();
  await superintendent?.close();
  await browser?.close();
  await server?.stop();
});

async function publish(input) {
  const p = await union.post('/practices', input);
  await union.post(`/practices/${p.id}/sign-offs`);
  const done = await superintendent.post(`/practices/${p.id}/sign-offs`);
  assert.equal(done.state, 'published');
  return p.id;
}

async function pageAs(email, locale = 'en') {
  const context = await browser.newContext({ locale: locale === 'es' ? 'es-ES' : 'en-US' });
  const page = await context.newPage();
  if (email) await signIn(page, server.url, email);
  return page;
}

async function settled(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

async function setLanguage(page, locale) {
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
  await page.getByLabel(/^(Language|Idioma)$/).selectOption(locale);
  assert.equal((await saved).status(), 200);
}

test('the union president writes a practice and it is published once both co-chairs sign it off', async () => {
  const page = await pageAs(demo.unionPresident);
  await page.goto(`${server.url}/districts/1`);
  await page.getByRole('link', { name: 'Practices', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Practices' }).waitFor();
  await page.getByRole('link', { name: 'Write a practice' }).click();
  await page.getByRole('heading', { level: 1, name: 'Write a practice' }).waitFor();
  await page.getByLabel('Title', { exact: true }).fill('Reading buddies');
  await page.getByLabel('Summary').fill('Older students read with younger ones every week.');
  await page.getByLabel('The problem it solved').fill('Grade 3 reading was falling.');
  await page.getByLabel('How it works').fill('Pairs meet **twice a week** in the library.');
  await page.getByLabel('Tags, separated by commas').fill('literacy, mentoring');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await page.getByRole('heading', { level: 1, name: 'Practice: Reading buddies' }).waitFor();
  await settled(page);
  const signOff = page.getByRole('region', { name: 'Sign-off' });
  assert.match(await signOff.innerText(), /Status: Draft\./);
  assert.match(await signOff.innerText(), /Labor co-chair: Waiting/);
  await page.getByRole('button', { name: 'Sign off as co-chair' }).click();
  await page.getByRole('status').filter({ hasText: 'Signed. It waits for the other side’s co-chair.' }).waitFor();
  assert.match(await signOff.innerText(), /Labor co-chair: Signed/);
  const path = new URL(page.url()).pathname;
  await page.context().close();

  const chair = await pageAs(demo.superintendent);
  await chair.goto(`${server.url}${path}`);
  await settled(chair);
  await chair.getByRole('button', { name: 'Sign off as co-chair' }).click();
  await chair.getByRole('status').filter({ hasText: 'Signed. Both sides have signed: the practice is published.' }).waitFor();
  assert.match(await chair.getByRole('region', { name: 'Sign-off' }).innerText(), /Status: Published\./);
  await chair.getByRole('link', { name: 'See it in the library' }).click();
  await chair.getByRole('heading', { level: 1, name: 'Reading buddies' }).waitFor();
  assert.match(await chair.locator('.practice-body').innerHTML(), /<strong>twice a week<\/strong>/);
  await chair.context().close();
});

test('the demo network: peer districts with their practices, and what changed where one was adopted', async () => {
  const page = await pageAs(demo.unionPresident);
  await page.goto(`${server.url}${practicesTab}`);
  await settled(page);
  const peers = page.getByRole('region', { name: 'Peer districts' });
  await peers.getByText('Riverside Valley Unified School District (demo)').waitFor();
  await peers.getByText('Lakeshore School District (demo)').waitFor();
  await peers.getByRole('link', { name: 'Interest-based bargaining, all year round' }).click();
  await page.getByRole('heading', { level: 1, name: 'Interest-based bargaining, all year round' }).waitFor();
  await settled(page);
  assert.equal(await page.locator('.practice-adoptions').innerText(), 'Adopted by 1 district');
  assert.match(await page.locator('main').innerText(), /Riverside Valley Unified School District \(demo\)/);
  await page.context().close();
});

test('a reader searches with the keyboard alone and sees the words marked', async () => {
  const page = await pageAs(admin);
  await page.getByRole('link', { name: 'Network' }).click();
  await page.getByRole('heading', { level: 1, name: 'Practice library' }).waitFor();
  await settled(page);
  await page.getByLabel('Words to find').focus();
  await page.keyboard.type('"budget" *');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Practices found: 1.' }).waitFor();
  const marks = await page.locator('.practice-hit mark').allInnerTexts();
  assert.ok(marks.length > 0);
  for (const m of marks) assert.equal(m.toLowerCase(), 'budget');
  // To the result with Tab, and open it with Enter.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Open budget book') break;
  }
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Open budget book' }).waitFor();
  await page.context().close();
});

test('a second district adopts a practice as an issue of its own body', async () => {
  const page = await pageAs(admin);
  await page.goto(`${server.url}/network/practices/${networkPractice}`);
  await settled(page);
  assert.equal(await page.locator('.practice-adoptions').innerText(), 'Adopted by 0 districts');
  const adopt = page.getByRole('region', { name: 'Adopt into my district' });
  await adopt.getByLabel('My district').selectOption({ label: 'Valley Unified' });
  await adopt.getByLabel('Joint body that takes it up').selectOption({ label: 'Valley Joint Committee' });
  await adopt.getByLabel('Show our district’s change on this practice’s metrics to the other districts').check();
  await adopt.getByRole('button', { name: 'Adopt' }).click();
  await page.getByRole('status').filter({ hasText: 'Adopted into Valley Unified: a new issue was raised.' }).waitFor();
  await page.waitForFunction(() => document.querySelector('.practice-adoptions')?.textContent === 'Adopted by 1 district');
  await page.getByRole('link', { name: 'Open the issue' }).click();
  await page.getByRole('heading', { level: 1, name: /Joint walkthroughs/ }).waitFor();
  assert.match(new URL(page.url()).pathname, new RegExp(`^/districts/${valley}/issues/\\d+$`));
  await page.context().close();
});

test('a reader follows a practice with the keyboard, finds it among those followed, and stops following', async () => {
  const page = await pageAs(admin);
  await page.goto(`${server.url}/network/practices/${networkPractice}`);
  await settled(page);
  const follow = page.getByRole('region', { name: 'Follow this practice' });
  assert.match(await follow.innerText(), /No one follows it yet\./);
  const button = follow.getByRole('button', { name: 'Follow', exact: true });
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  // From the heading, which has the focus, to the button with Tab; pressed with the space bar.
  for (let i = 0; i < 30 && !(await button.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await button.evaluate((b) => b === document.activeElement), 'the Follow button is reached with Tab');
  await page.keyboard.press('Space');
  await follow.getByRole('status').filter({ hasText: 'You follow this practice now.' }).waitFor();
  const pressed = follow.getByRole('button', { name: 'Following — stop following' });
  assert.equal(await pressed.getAttribute('aria-pressed'), 'true');
  assert.ok(await pressed.evaluate((b) => b === document.activeElement), 'the focus stays on the button');
  assert.match(await follow.innerText(), /Followed by 1 person\./);
  assert.deepEqual(await accessibilityViolations(page), []);

  await page.getByRole('link', { name: 'Back to the practice library' }).click();
  await page.getByRole('heading', { level: 1, name: 'Practice library' }).waitFor();
  const followed = page.getByRole('region', { name: 'Practices you follow' });
  const link = followed.getByRole('link', { name: 'Joint walkthroughs' });
  await link.waitFor();
  assert.match(await followed.innerText(), /Adopted by 1 district/);
  assert.deepEqual(await accessibilityViolations(page), []);
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Joint walkthroughs' }).waitFor();
  await settled(page);
  await page.getByRole('button', { name: 'Following — stop following' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'You no longer follow this practice.' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Follow', exact: true }).getAttribute('aria-pressed'), 'false');

  await page.getByRole('link', { name: 'Back to the practice library' }).click();
  await page.getByRole('heading', { level: 1, name: 'Practice library' }).waitFor();
  await page.locator('.practice-hit').first().waitFor();
  assert.equal(await page.getByRole('region', { name: 'Practices you follow' }).count(), 0);
  await page.context().close();
});

test('script written into a practice stays inert in the browser', async () => {
  const id = await publish({
    title: 'Hostile markup',
    body: [
      '<script>window.__xss = 1</script>',
      '<img src=x onerror="window.__xss = 2">',
      '[click me](javascript:window.__xss=3)',
      '[encoded](jav&#x61;script:window.__xss=4)',
      '![pic](javascript:window.__xss=5)',
      '<a href="javascript:window.__xss=6">raw link</a>',
      'Safe **text**.',
    ].join('\n\n'),
  });
  const page = await pageAs(demo.superintendent);
  await page.goto(`${server.url}/network/practices/${id}`);
  await settled(page);
  await page.locator('.practice-body strong').waitFor();
  const body = page.locator('.practice-body');
  assert.equal(await body.locator('script, img[src="x"], [onerror]').count(), 0);
  for (const href of await body.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    assert.doesNotMatch(href, /^\s*(javascript|vbscript|data):/i);
  }
  assert.equal(await page.locator('[onerror], [onclick], [onload]').count(), 0);
  assert.equal(await page.getByText('click me').count(), 1);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await page.context().close();
});

test('a public practice reads without signing in; a network practice does not', async () => {
  const page = await pageAs(null);
  await page.goto(`${server.url}/public/practices/${openPractice}`);
  await page.getByRole('heading', { level: 1, name: 'Open budget book' }).waitFor();
  assert.match(await page.locator('.practice-body').innerHTML(), /<strong>twice<\/strong>/);
  await page.goto(`${server.url}/public/practices/${networkPractice}`);
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Joint walkthroughs' }).count(), 0);
  await page.context().close();
});

// The library has shown the practices the union president follows and the search results.
async function listed(page) {
  await page.locator('.practice-followed li').first().waitFor();
  await page.locator('.practice-hit').first().waitFor();
}

// Every page of the area, as someone who may act on it.
const views = [
  [demo.unionPresident, '/network/practices'],
  [demo.unionPresident, () => `/network/practices/${networkPractice}`],
  [admin, () => `/network/practices/${openPractice}`],
  [demo.unionPresident, practicesTab],
  [demo.unionPresident, `${practicesTab}/new`],
  [demo.superintendent, () => `${practicesTab}/${openPractice}`],
  [null, () => `/public/practices/${openPractice}`],
];

for (const locale of ['en', 'es']) {
  test(`the practice pages have no accessibility violations (${locale})`, async () => {
    for (const [email, to] of views) {
      const path = typeof to === 'function' ? to() : to;
      const page = await pageAs(email, locale);
      if (email) await setLanguage(page, locale);
      await page.goto(`${server.url}${path}`);
      await settled(page);
      if (path === '/network/practices') await listed(page);
      assert.deepEqual(await accessibilityViolations(page), [], `${path} (${locale})`);
      await page.context().close();
    }
  });
}

test('the Spanish practice pages show no English string', async () => {
  const en = messages('en');
  const es = messages('es');
  const english = Object.entries(en)
    .filter(([key, value]) => value !== es[key] && value.length >= 4 && !value.includes('{'))
    .map(([, value]) => value);
  for (const [email, to] of views) {
    const path = typeof to === 'function' ? to() : to;
    const page = await pageAs(email, 'es');
    if (email) await setLanguage(page, 'es');
    await page.goto(`${server.url}${path}`);
    await settled(page);
    if (path === '/network/practices') await listed(page);
    const lines = (await page.locator('body').innerText()).split('\n').map((l) => l.trim());
    assert.deepEqual(english.filter((s) => lines.includes(s)), [], path);
    await page.context().close();
  }
});
