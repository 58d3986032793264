// Every page on a phone: nothing scrolls sideways at 390 px, in English and in Spanish; the district's
// tabs fold into a menu; the Meetings tab lists the district's meetings; filters never overlap.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  accessibilityViolations,
  chooseLanguage as saveLanguage,
  demo,
  demoPassword,
  launchBrowser,
  signIn,
  startServer,
} from './support.mjs';

const phone = { width: 390, height: 844 };
const people = {
  admin: 'admin@demo.accord.example', // the network's administrator, and the demo event's organizer
  boardPresident: 'board.president@demo.accord.example', // management
};
const inDays = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
const inAWeek = () => Math.floor(Date.now() / 1000) + 7 * 24 * 3600;

let server;
let browser;
let pages;
let meetingPath;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  pages = await seed();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// A person acting through the JSON API under /api/v1, for setting the scene.
async function apiAs(email) {
  const context = await browser.newContext();
  const login = await context.request.post(`${server.url}/api/v1/auth/login`, { data: { email, password: demoPassword } });
  assert.equal(login.status(), 200, await login.text());
  const csrf = (await login.json()).csrf_token;
  const send = async (method, path, data) => {
    const r = await context.request.fetch(`${server.url}/api/v1${path}`, { method, data, headers: { 'X-CSRF-Token': csrf } });
    assert.ok(r.ok(), `${method} ${path}: ${r.status()} ${await r.text()}`);
    return r.status() === 204 ? null : r.json();
  };
  return { get: (p) => send('GET', p), post: (p, d) => send('POST', p, d ?? {}), close: () => context.close() };
}

// Something on every page: meetings in two bodies, an issue with its matrix, a decision, an action item,
// a communication, a published practice, an open survey window and an event team. Returns every page
// of the interface, each with a name.
async function seed() {
  const maria = await apiAs(demo.superintendent);
  const james = await apiAs(demo.unionPresident);
  const admin = await apiAs(people.admin);
  const d = '/districts/1';

  const weekly = await maria.post(`${d}/bodies/1/meetings/series`, {
    title: 'Weekly partnership meeting', start: `${inDays(-14)}T15:30`, duration_minutes: 120,
    location: 'District office, room 4', frequency: 'weekly', count: 8,
  });
  const meeting = await maria.post(`${d}/bodies/1/meetings`, { series_id: weekly.id, date: inDays(-7) });
  meetingPath = `${d}/bodies/1/meetings/${meeting.id}`;
  const site = await maria.post(`${d}/bodies`, {
    name: 'Lincoln Elementary site team', level: 'committee', labor_seats: 2, management_seats: 2,
    rule: 'consensus', quorum_per_side: 1, fallback: 'The principal and the site representative decide together.',
  });
  const ids = {};
  for (const m of (await maria.get(`${d}/memberships?limit=200`)).items) ids[m.email] = m.user_id;
  await maria.post(`${d}/bodies/${site.id}/members`, { user_id: ids[demo.superintendent], seat: 'member' });
  await james.post(`${d}/bodies/${site.id}/members`, { user_id: ids[demo.unionPresident], seat: 'member' });
  await maria.post(`${d}/bodies/${site.id}/meetings/series`, {
    title: 'Site team check-in', start: `${inDays(2)}T08:00`, duration_minutes: 45, location: 'Library', frequency: 'once',
  });

  const issue = await maria.post(`${d}/issues`, {
    body_id: 1, title: 'Class size in kindergarten', description: 'Kindergarten classes have grown to 28.',
    references: ['Article 7'],
  });
  const ip = `${d}/issues/${issue.id}`;
  // The committee moves on when both sides say they are ready.
  const moveOn = async (step) => {
    await maria.post(`${ip}/step`, { step });
    await james.post(`${ip}/step`, { step });
  };
  await moveOn('interests');
  await maria.post(`${ip}/interests`, { text: 'Attention for every child', side: 'shared' });
  await moveOn('options');
  const option = await maria.post(`${ip}/options`, { text: 'A second aide in classes above 24' });
  await maria.post(`${ip}/options`, { text: 'Open one more kindergarten class' });
  await moveOn('criteria');
  const criterion = await maria.post(`${ip}/criteria`, { text: 'Cost', weight: 3 });
  await moveOn('scoring');
  await maria.post(`${ip}/scores`, { option_id: option.id, criterion_id: criterion.id, score: 3 });
  const decision = await maria.post(`${d}/decisions`, {
    body_id: 1, title: 'Weekly partnership walk-throughs', text: 'The co-chairs visit one school together each week.',
    deadline: inAWeek(), articles: ['MOU 2024-02'], metrics: ['Teacher retention'],
  });
  await maria.post(`${d}/decisions/${decision.id}/stances`, { stance: 'agree' });
  await maria.post(`${d}/action-items`, {
    title: 'Send the survey results to every school', owner_id: ids[demo.unionPresident], due_date: inDays(-3), body_id: 1,
  });
  const communication = await maria.post(`${d}/communications`, {
    body_id: 1, title: 'Our shared commitments for the school year',
    text: 'Read it at https://example.org/partnership/commitments-for-the-school-year-with-a-very-long-address.',
  });
  const surveys = await maria.post(`${d}/survey-windows`, {
    year: new Date().getFullYear(), opens_on: inDays(0), closes_on: inDays(30), min_group_size: 3,
    surveys: ['climate', 'network'], schools: ['Lincoln Elementary', 'Whitney High School'],
  });

  const practice = await james.post(`${d}/practices`, {
    title: 'Open budget book', summary: 'Both sides read the budget together each spring.',
    body: 'We meet **twice** before the board votes.', public: true, tags: ['budget'],
  });
  await james.post(`${d}/practices/${practice.id}/sign-offs`);
  await maria.post(`${d}/practices/${practice.id}/sign-offs`);

  await admin.post('/events/1/organizers', { email: demo.superintendent });
  const team = await maria.post('/events/1/teams', {
    district_id: 1, member_ids: [ids[demo.superintendent], ids[demo.unionPresident], ids[people.boardPresident]],
  });
  for (const person of [maria, james, admin]) await person.close();

  return [
    ['my districts', '/'],
    ['my account', '/account'],
    ['notifications', '/notifications'],
    ['practice library', '/network/practices'],
    ['network practice', `/network/practices/${practice.id}`],
    ['public practice', `/public/practices/${practice.id}`],
    ['events', '/network/events'],
    ['event', '/network/events/1'],
    ['event dashboard', '/network/events/1/dashboard'],
    ['event survey', '/network/events/1/survey'],
    ['event team', `/network/events/1/teams/${team.id}`],
    ['district home', d],
    ['meetings', `${d}/meetings`],
    ['bodies', `${d}/bodies`],
    ['body', `${d}/bodies/1`],
    ['body meetings', `${d}/bodies/1/meetings`],
    ['meeting agenda', meetingPath],
    ['live meeting', `${meetingPath}/live`],
    ['meeting minutes', `${meetingPath}/minutes`],
    ['self-check', `${d}/bodies/1/self-check`],
    ['issues', `${d}/issues`],
    ['issue', ip],
    ['decisions', `${d}/decisions`],
    ['decision', `${d}/decisions/${decision.id}`],
    ['decision log', `${d}/decisions/log`],
    ['action items', `${d}/actions`],
    ['communications', `${d}/communications`],
    ['communication', `${d}/communications/${communication.id}`],
    ['outcomes', `${d}/outcomes`],
    ['outcomes by school', `${d}/outcomes/schools`],
    ['outcome import', `${d}/outcomes/import`],
    ['partnership health', `${d}/health`],
    ['climate survey form', `${d}/health/${surveys.id}/climate`],
    ['network survey form', `${d}/health/${surveys.id}/network`],
    ['survey results', `${d}/health/2/results`],
    ['analysis', `${d}/analysis`],
    ['district practices', `${d}/practices`],
    ['new practice', `${d}/practices/new`],
    ['district practice', `${d}/practices/${practice.id}`],
    ['handbook', `${d}/handbook`],
    ['members', `${d}/members`],
    ['audit log', `${d}/audit`],
  ];
}

async function phonePage(viewport = phone, email = demo.superintendent) {
  const context = await browser.newContext({ locale: 'en-US', viewport });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  return page;
}

// Chooses the language, and waits until the account keeps it (the next page load reads it from there) and the
// page shows it.
async function chooseLanguage(page, locale) {
  await saveLanguage(page, locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

// Opens a page and waits until it has its heading and nothing is still loading.
async function visit(page, path) {
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => document.querySelector('h1') && !document.querySelector('[aria-busy="true"]'),
    undefined, { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(150);
}

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// The pages measured, by whom: the superintendent sees every page but the network's own audit log.
const measured = () => [[demo.superintendent, pages], [people.admin, [['network audit log', '/network/audit']]]];

for (const locale of ['en', 'es']) {
  test(`no page scrolls sideways at 390 px (${locale})`, async () => {
    const wide = [];
    for (const [email, list] of measured()) {
      const page = await phonePage(phone, email);
      if (locale === 'es') await chooseLanguage(page, 'es');
      for (const [name, path] of list) {
        await visit(page, path);
        assert.equal(await page.evaluate(() => document.documentElement.lang), locale, `${name} is not in ${locale}`);
        const extra = await overflow(page);
        if (extra > 0) wide.push(`${name} (${path}) is ${extra} px too wide`);
      }
      if (locale === 'es') await chooseLanguage(page, 'en');
      await page.context().close();
    }
    assert.deepEqual(wide, [], `pages wider than a 390 px phone in ${locale}:\n${wide.join('\n')}`);
  });
}

test('a sample of pages has no accessibility violations at 390 px', async () => {
  const page = await phonePage();
  const sample = ['district home', 'meetings', 'members', 'outcomes', 'analysis', 'district practices', 'practice library',
    'events', 'survey results', 'audit log', 'issue', 'notifications', 'my account'];
  const found = [];
  for (const name of sample) {
    const [, path] = pages.find(([n]) => n === name);
    await visit(page, path);
    for (const v of await accessibilityViolations(page)) found.push(`${name}: ${v}`);
  }
  await page.context().close();
  assert.deepEqual(found, []);
});

test('on a phone the district tabs fold into a menu that opens and closes, naming the current section', async () => {
  const page = await phonePage();
  await visit(page, '/districts/1/outcomes');
  const nav = page.getByRole('navigation', { name: /ABC Partnership/ });
  const menu = nav.getByRole('button', { name: 'Menu' });
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  const list = page.locator(`#${await menu.getAttribute('aria-controls')}`);
  assert.ok(!(await list.isVisible()), 'the tab list shows before the menu is opened');
  assert.match(await nav.innerText(), /Outcomes/);
  // The first screen shows the page's heading, not rows of tabs.
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  assert.ok(heading.y + heading.height < phone.height / 2, `the heading starts at ${heading.y} px`);

  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await nav.getByRole('link', { name: 'Members' }).waitFor();
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.ok(!(await list.isVisible()), 'the tab list stays open after closing the menu');

  // Choosing a tab goes there and folds the menu again.
  await menu.click();
  await nav.getByRole('link', { name: 'Members' }).click();
  await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  assert.match(await nav.innerText(), /Members/);

  await chooseLanguage(page, 'es');
  await nav.getByRole('button', { name: 'Menú' }).waitFor();
  await chooseLanguage(page, 'en');
  await page.context().close();

  // At desktop width the tabs show as they always have, with no menu button.
  const wide = await phonePage({ width: 1280, height: 900 });
  await visit(wide, '/districts/1/outcomes');
  const desktopNav = wide.getByRole('navigation', { name: /ABC Partnership/ });
  await desktopNav.getByRole('link', { name: 'Members' }).waitFor();
  assert.equal(await desktopNav.getByRole('button', { name: 'Menu' }).count(), 0);
  await wide.context().close();
});

test('the Meetings tab lists the district’s meetings across its bodies and opens each one', async () => {
  const page = await phonePage();
  await visit(page, '/districts/1');
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('navigation', { name: /ABC Partnership/ }).getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
  const upcoming = page.getByRole('list', { name: 'Upcoming meetings' });
  const recent = page.getByRole('list', { name: 'Recent meetings' });
  await upcoming.waitFor();
  // The soonest first, from both bodies.
  const next = await upcoming.getByRole('listitem').allInnerTexts();
  assert.match(next[0], /Weekly partnership meeting|Site team check-in|Co-chairs' weekly meeting/);
  assert.ok(next.some((t) => t.includes('Lincoln Elementary site team')), next.join('\n'));
  assert.ok(next.some((t) => t.includes('District Labor-Management Committee')), next.join('\n'));
  // The meeting held a week ago, whose record exists, opens from the recent ones (beside the demo's own).
  await recent.getByRole('listitem').filter({ hasText: 'Weekly partnership meeting' }).getByRole('link').first().click();
  await page.waitForURL(`${server.url}${meetingPath}`);
  await page.getByRole('link', { name: /^All meetings of / }).waitFor();

  // An upcoming occurrence with no record yet opens too: its record is made on the way.
  await page.goBack();
  await page.getByRole('list', { name: 'Upcoming meetings' }).getByRole('link').first().click();
  await page.waitForURL(/\/bodies\/\d+\/meetings\/\d+$/);
  await page.getByRole('link', { name: /^All meetings of / }).waitFor();
  await page.context().close();
});

test('next meetings on the district home link to the meeting itself', async () => {
  const page = await phonePage();
  await visit(page, '/districts/1');
  const next = page.getByRole('region', { name: /^Next meetings/ });
  const links = next.getByRole('listitem').getByRole('link');
  assert.ok(await links.count() > 0);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    assert.match(href, /\/bodies\/\d+\/meetings\/(\d+|on\/\d+\/\d{4}-\d{2}-\d{2})$/);
  }
  await links.first().click();
  await page.waitForURL(/\/bodies\/\d+\/meetings\/\d+$/);
  await page.getByRole('link', { name: /^All meetings of / }).waitFor();
  await page.context().close();
});

// The bounding boxes of the visible controls inside a container, and any two that overlap.
async function overlaps(page, selector) {
  return page.locator(selector).first().evaluate((root) => {
    const boxes = [...root.querySelectorAll('input, select, button, label, textarea')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
    const found = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 1 && y > 1) found.push(`${name(a.el)} and ${name(b.el)}`);
      }
    }
    return { count: boxes.length, found };
  });
}

for (const width of [320, 1920]) {
  test(`the outcome and practice filters do not overlap at ${width} px`, async () => {
    const page = await phonePage({ width, height: 900 });
    for (const [name, path, selector] of [
      ['outcomes', '/districts/1/outcomes', '.outcome-choices'],
      ['practice library', '/network/practices', 'form.practice-search'],
    ]) {
      await visit(page, path);
      const { count, found } = await overlaps(page, selector);
      assert.ok(count >= 2, `${name}: found ${count} filter controls`);
      assert.deepEqual(found, [], `${name} at ${width} px has overlapping controls`);
      assert.ok(await overflow(page) <= 0, `${name} at ${width} px scrolls sideways`);
    }
    await page.context().close();
  });
}

// What sits in a home card stays inside it, in the longer Spanish words too: a flag such as "the
// agenda needs your approval" wraps rather than running into the next card.
for (const width of [390, 1100, 1280]) {
  test(`nothing runs out of the home's cards at ${width} px in Spanish`, async () => {
    const page = await phonePage({ width, height: 900 });
    await chooseLanguage(page, 'es');
    await visit(page, '/districts/1');
    const { flags, outside } = await page.evaluate(() => {
      const found = [];
      for (const card of document.querySelectorAll('.home-card')) {
        const box = card.getBoundingClientRect();
        for (const el of card.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          if (r.right > box.right + 1 || r.left < box.left - 1) found.push((el.textContent || '').trim().slice(0, 40));
        }
      }
      return { flags: document.querySelectorAll('.home-card .home-flag').length, outside: found };
    });
    assert.ok(flags > 0, 'no flag on the home to measure');
    assert.deepEqual(outside, []);
    await chooseLanguage(page, 'en');
    await page.context().close();
  });
}
