// The meeting pages in a real Chromium against a real server: scheduling, the calendar feed, two
// co-chairs following one meeting live, keyboard reordering, printable minutes, accessibility and
// Spanish.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { request } from 'playwright-core';
import {
  accessibilityViolations,
  chooseLanguage,
  demo,
  demoPassword,
  launchBrowser,
  messages,
  signIn,
  startServer,
} from './support.mjs';

let server;
let browser;
let meetingPath; // the first meeting of the weekly series made in before()
const bodyPath = '/districts/1/bodies/1';
const bodyName = 'District Labor-Management Committee';

// A date some days from now in this machine's time zone (the browser's too), as YYYY-MM-DD.
function day(offset) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // A weekly series and the record of its first meeting, made through the API as the superintendent.
  const api = await request.newContext({ baseURL: server.url });
  const login = await api.post('/api/v1/auth/login', { data: { email: demo.superintendent, password: demoPassword } });
  assert.equal(login.status(), 200);
  const headers = { 'X-CSRF-Token': (await login.json()).csrf_token };
  const series = await api.post(`/api/v1${bodyPath}/meetings/series`, {
    headers,
    data: { title: 'Weekly partnership meeting', start: `${day(1)}T15:30`, duration_minutes: 120,
      location: 'District office, room 4', frequency: 'weekly', count: 8 },
  });
  assert.equal(series.status(), 201);
  const opened = await api.post(`/api/v1${bodyPath}/meetings`, {
    headers, data: { series_id: (await series.json()).id, date: day(1) },
  });
  assert.equal(opened.status(), 201);
  meetingPath = `${bodyPath}/meetings/${(await opened.json()).id}`;
  // An open issue of the body, and an action item past its due date.
  const issue = await api.post('/api/v1/districts/1/issues', {
    headers, data: { body_id: 1, title: 'Substitute teacher shortage', description: 'Classes go uncovered.' },
  });
  assert.equal(issue.status(), 201);
  const action = await api.post('/api/v1/districts/1/action-items', {
    headers, data: { title: 'Send the survey results', owner_id: 3, due_date: day(-3), body_id: 1 },
  });
  assert.equal(action.status(), 201);
  await api.dispose();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function pageAs(email, locale = 'en') {
  const context = await browser.newContext({ locale: locale === 'es' ? 'es-ES' : 'en-US' });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  return page;
}

test('a co-chair reaches the meetings from the body, sees the calendar and schedules a series; errors name the field', async () => {
  const page = await pageAs(demo.superintendent);
  await page.goto(`${server.url}${bodyPath}`);
  await page.getByRole('link', { name: 'Meetings, agendas and minutes' }).click();
  await page.getByRole('heading', { level: 1, name: `Meetings of ${bodyName}` }).waitFor();
  const weekly = page.getByRole('list', { name: 'Dates of Weekly partnership meeting' });
  await weekly.waitFor();
  assert.equal(await weekly.getByRole('listitem').count(), 8);
  assert.match(await page.locator('section.series').filter({ has: weekly }).locator('.series-facts').innerText(),
    /Every week, 8 meetings · .*District office, room 4/);

  // A recurring series whose end comes before its start: the server's error names the field by its label.
  await page.getByLabel(/^Title/).fill('Budget retreat');
  await page.getByLabel('First meeting (date and time)').fill(`${day(10)}T09:00`);
  await page.getByLabel('Length in minutes').fill('240');
  await page.getByLabel('Place').fill('Board room');
  await page.getByLabel('Repeats').selectOption({ label: 'Every month' });
  await page.getByLabel('on a date').check();
  await page.getByLabel('Last date').fill(day(5));
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Last date: must not be before the start' }).waitFor();
  assert.equal(await page.getByLabel('Last date').getAttribute('aria-invalid'), 'true');

  await page.getByLabel('after a number of meetings').check();
  await page.getByLabel('Number of meetings', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '“Budget retreat” is scheduled.' }).waitFor();
  const retreat = page.getByRole('list', { name: 'Dates of Budget retreat' });
  await retreat.waitFor();
  assert.equal(await retreat.getByRole('listitem').count(), 3);

  // Cancelling the second date marks it, and it can no longer be opened.
  const second = retreat.getByRole('listitem').nth(1);
  await second.getByRole('button', { name: /^Cancel / }).click();
  await second.getByRole('button', { name: /^Yes, cancel the meeting/ }).click();
  await second.getByText('Cancelled', { exact: true }).waitFor();
  assert.equal(await second.getByRole('button', { name: /^Prepare the agenda/ }).count(), 0);
  assert.equal(await retreat.getByText('Cancelled', { exact: true }).count(), 1);

  // Opening a date makes its meeting record and shows its agenda.
  await retreat.getByRole('listitem').first().getByRole('button', { name: /^Prepare the agenda/ }).click();
  await page.getByRole('heading', { level: 1, name: /^Agenda: Budget retreat, / }).waitFor();
  assert.match(page.url(), /\/districts\/1\/bodies\/1\/meetings\/\d+$/);
  await page.context().close();
});

test('a member creates a secret calendar address, the feed serves the meetings, and revoking it stops it', async () => {
  const page = await pageAs(demo.unionPresident);
  await page.goto(`${server.url}${bodyPath}/meetings`);
  await page.getByRole('button', { name: 'Create my calendar address' }).click();
  const address = page.getByLabel('Your secret calendar address');
  await address.waitFor();
  const url = await address.inputValue();
  assert.match(url, /\/api\/v1\/calendar\/[^/]+\.ics$/);
  const feedPath = new URL(url, server.url).pathname;
  const feed = await page.request.get(`${server.url}${feedPath}`);
  assert.equal(feed.status(), 200);
  const calendar = await feed.text();
  assert.match(calendar, /BEGIN:VCALENDAR/);
  assert.match(calendar, /SUMMARY:Weekly partnership meeting/);

  await page.getByRole('button', { name: 'Revoke my calendar address' }).click();
  await page.getByRole('status').filter({ hasText: 'Your calendar address no longer works.' }).waitFor();
  assert.equal(await address.count(), 0);
  assert.equal((await page.request.get(`${server.url}${feedPath}`)).status(), 404);
  await page.context().close();
});

// Waits until the page's live stream is subscribed.
async function live(page) {
  await page.getByText('Live: changes by others appear here as they happen.').waitFor();
}

// The agenda items' titles, in order.
const agendaTitles = (page) => page.locator('ol.agenda .agenda-title').allInnerTexts();

test('both co-chairs follow the same meeting: each change shows in the other browser within a second', async () => {
  const maria = await pageAs(demo.superintendent);
  const james = await pageAs(demo.unionPresident);
  for (const page of [maria, james]) {
    await page.goto(`${server.url}${meetingPath}`);
    await page.getByRole('heading', { level: 1, name: /^Agenda: Weekly partnership meeting, / }).waitFor();
    await live(page);
  }

  // Items added by either side.
  await maria.getByLabel('Item', { exact: true }).fill('Budget priorities');
  await maria.getByLabel('Time box (minutes)').fill('30');
  await maria.getByRole('button', { name: 'Add to the agenda', exact: true }).click();
  await james.locator('ol.agenda').getByText('Budget priorities').waitFor({ timeout: 1000 });
  await james.getByLabel('Item', { exact: true }).fill('Class sizes in grade 3');
  await james.getByRole('button', { name: 'Add to the agenda', exact: true }).click();
  await maria.locator('ol.agenda').getByText('Class sizes in grade 3').waitFor({ timeout: 1000 });
  assert.deepEqual(await agendaTitles(maria), ['Budget priorities', 'Class sizes in grade 3']);
  assert.match(await james.locator('ol.agenda').innerText(), /30 min/);

  // Both approve; each sees the other's approval.
  const approval = (page) => page.locator('section.approval');
  await approval(maria).getByText('Not approved yet').waitFor();
  await maria.getByRole('button', { name: 'Approve the agenda' }).click();
  await approval(james).getByText(/Management co-chair \(Maria Delgado\): approved/).waitFor({ timeout: 1000 });
  await james.getByRole('button', { name: 'Approve the agenda' }).click();
  await approval(maria).getByText('Approved by both co-chairs').waitFor({ timeout: 1000 });
  await approval(james).getByText('Approved by both co-chairs').waitFor();
  assert.equal(await maria.getByRole('button', { name: 'Approve the agenda' }).count(), 0);
  assert.match(await approval(james).innerText(), /Any change to the agenda .* withdraws both approvals/);

  // A change withdraws the approvals, in both browsers.
  await maria.getByRole('button', { name: 'Edit: Class sizes in grade 3' }).click();
  await maria.locator('ol.agenda').getByLabel('Time box (minutes)').fill('20');
  await maria.getByRole('button', { name: 'Save the item' }).click();
  await approval(james).getByText('Not approved yet').waitFor({ timeout: 1000 });
  await approval(james).getByText('The agenda changed, so the approvals were withdrawn.').waitFor();
  await approval(maria).getByText('Not approved yet').waitFor();
  await james.locator('ol.agenda').getByText('20 min').waitFor();
  assert.equal(await james.getByRole('button', { name: 'Approve the agenda' }).count(), 1);

  // Reordering with the keyboard alone: Tab to the item's Move down button and press Enter.
  await maria.getByRole('heading', { level: 1 }).focus();
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await maria.keyboard.press('Tab');
    reached = await maria.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Move down: Budget priorities');
  }
  assert.ok(reached, 'the Move down button is reachable with Tab');
  await maria.keyboard.press('Enter');
  await maria.getByRole('status').filter({ hasText: '“Budget priorities” is now item 2 of 2.' }).waitFor();
  assert.deepEqual(await agendaTitles(maria), ['Class sizes in grade 3', 'Budget priorities']);
  await james.waitForFunction(() => document.querySelector('ol.agenda .agenda-title')?.textContent ===
    'Class sizes in grade 3', null, { timeout: 1000 });
  // The moved item keeps the focus (on Move up, as it is last now), so Enter moves it back.
  assert.equal(await maria.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Move up: Budget priorities');
  await maria.keyboard.press('Enter');
  await maria.getByRole('status').filter({ hasText: '“Budget priorities” is now item 1 of 2.' }).waitFor();
  await james.waitForFunction(() => document.querySelector('ol.agenda .agenda-title')?.textContent ===
    'Budget priorities', null, { timeout: 1000 });
  // Dragging an item onto another moves it there, for the other browser too.
  const item = (page, title) => page.locator('ol.agenda li', { hasText: title });
  await item(maria, 'Budget priorities').dragTo(item(maria, 'Class sizes in grade 3'));
  await maria.getByRole('status').filter({ hasText: '“Budget priorities” is now item 2 of 2.' }).waitFor();
  await james.waitForFunction(() => document.querySelector('ol.agenda .agenda-title')?.textContent ===
    'Class sizes in grade 3', null, { timeout: 1000 });
  await item(maria, 'Budget priorities').dragTo(item(maria, 'Class sizes in grade 3'));
  await maria.getByRole('status').filter({ hasText: '“Budget priorities” is now item 1 of 2.' }).waitFor();
  // The order is saved: a fresh page shows it.
  await james.reload();
  await james.locator('ol.agenda').waitFor();
  assert.deepEqual(await agendaTitles(james), ['Budget priorities', 'Class sizes in grade 3']);
  await live(james);

  // The live meeting: the current item with its timer, outcomes, attendance, minutes.
  for (const page of [maria, james]) {
    await page.getByRole('link', { name: 'Live meeting' }).click();
    await page.getByRole('heading', { level: 1, name: /^Live meeting: / }).waitFor();
  }
  const current = (page) => page.locator('section.current-item');
  assert.equal(await current(james).locator('.current-title').innerText(), 'Budget priorities');
  assert.match(await james.getByRole('timer').innerText(), /^\d+:\d\d of 30:00$/);

  const budget = (page) => page.locator('ol.agenda li', { hasText: 'Budget priorities' });
  await budget(maria).getByRole('button', { name: 'Done: Budget priorities' }).click();
  await budget(james).locator('.badge', { hasText: 'Done' }).waitFor({ timeout: 1000 });
  assert.equal(await budget(james).getByRole('button', { name: 'Done: Budget priorities' }).getAttribute('aria-pressed'), 'true');
  await current(james).getByText('Class sizes in grade 3').waitFor();
  assert.equal(await james.locator('#meeting-updates').innerText(), 'An agenda item’s outcome was recorded.');

  const okafor = (page) => page.getByRole('group', { name: 'James Okafor (labor)' });
  await okafor(maria).getByLabel('Present').check();
  await okafor(james).getByLabel('Present').and(james.locator(':checked')).waitFor({ timeout: 1000 });
  await james.getByRole('group', { name: 'Maria Delgado (management)' }).getByLabel('Present').check();
  await maria.getByRole('group', { name: 'Maria Delgado (management)' }).getByLabel('Present')
    .and(maria.locator(':checked')).waitFor({ timeout: 1000 });
  await maria.getByText('2 of 5 members present.').waitFor();

  const minutes = 'Both sides agreed to put class sizes first in the budget talks.';
  await maria.getByLabel('Minutes of the meeting').fill(minutes);
  await maria.getByRole('button', { name: 'Save the minutes' }).click();
  await james.waitForFunction((text) => document.querySelector('.minutes-editor textarea')?.value === text,
    minutes, { timeout: 1000 });
  assert.equal(await james.locator('#meeting-updates').innerText(), 'The minutes were saved.');

  await budget(james).getByRole('button', { name: 'Carry over: Budget priorities' }).click();
  await budget(maria).getByText('Carried over to the next meeting', { exact: true }).waitFor({ timeout: 1000 });

  // An action item captured during the meeting, with an owner from the body.
  await maria.getByLabel('What is to be done').fill('Draft the budget letter to staff');
  await maria.getByLabel('Owner').selectOption({ label: 'James Okafor' });
  await maria.getByLabel('Due date').fill(day(14));
  await maria.getByRole('button', { name: 'Add the action item' }).click();
  await maria.getByText(/^Draft the budget letter to staff \(James Okafor, due /).waitFor();

  // The printable minutes: the record, without navigation or controls once printed.
  await maria.getByRole('link', { name: 'Printable minutes' }).click();
  await maria.getByRole('heading', { level: 1, name: /^Minutes: Weekly partnership meeting, / }).waitFor();
  await maria.emulateMedia({ media: 'print' });
  const printed = await maria.locator('main').innerText();
  assert.match(printed, new RegExp(minutes));
  const present = printed.match(/Present\s+(.*)/)[1];
  assert.match(present, /Maria Delgado \(management\)/);
  assert.match(present, /James Okafor \(labor\)/);
  assert.match(printed, /Not recorded\s+.*Linda Chen \(management\)/);
  assert.match(printed, /Budget priorities\s+30\s+Carried over to the next meeting/);
  assert.match(printed, /Draft the budget letter to staff\s+James Okafor/);
  assert.match(printed, /Joint body\s+District Labor-Management Committee/);
  assert.equal(await maria.locator('header.top').isVisible(), false);
  assert.equal(await maria.getByRole('button', { name: 'Print' }).isVisible(), false);
  assert.equal(await maria.locator('nav').first().isVisible(), false);
  await maria.emulateMedia({ media: 'screen' });
  assert.equal(await maria.getByRole('button', { name: 'Print' }).isVisible(), true);

  await james.context().close();
  await maria.context().close();
});

test('agenda items come from the district\'s issues and overdue action items, and can be removed', async () => {
  const page = await pageAs(demo.superintendent);
  await page.goto(`${server.url}${meetingPath}`);
  await page.getByRole('heading', { level: 1, name: /^Agenda: / }).waitFor();

  // "We won't let each other fail": the overdue action item waits to be put on the agenda.
  const overdue = page.locator('section', { has: page.getByRole('heading', { name: 'Overdue action items' }) });
  assert.match(await overdue.innerText(), /Send the survey results \(James Okafor, due /);
  await overdue.getByRole('button', { name: 'Add to the agenda: Send the survey results' }).click();
  const agenda = page.locator('ol.agenda');
  await agenda.getByText('Action item: Send the survey results').waitFor();
  await overdue.waitFor({ state: 'detached' });

  // An item about an issue, chosen from the list; its title defaults to the issue's.
  await page.getByLabel('About').selectOption({ label: 'An issue' });
  await page.getByLabel('Which one').selectOption({ label: 'Substitute teacher shortage' });
  await page.getByLabel('Time box (minutes)').fill('25');
  await page.getByRole('button', { name: 'Add to the agenda', exact: true }).click();
  const added = agenda.locator('li', { hasText: 'Issue: Substitute teacher shortage' });
  await added.waitFor();
  assert.match(await added.innerText(), /Substitute teacher shortage\s+25 min/);

  await page.getByRole('button', { name: 'Remove: Substitute teacher shortage' }).click();
  await added.waitFor({ state: 'detached' });
  await page.getByRole('status').filter({ hasText: '“Substitute teacher shortage” was removed from the agenda.' }).waitFor();
  assert.deepEqual(await agendaTitles(page), ['Budget priorities', 'Class sizes in grade 3', 'Send the survey results']);
  await page.context().close();
});

const pages = () => [`${bodyPath}/meetings`, meetingPath, `${meetingPath}/live`, `${meetingPath}/minutes`];

async function settled(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

for (const locale of ['en', 'es']) {
  test(`the meeting pages have no accessibility violations in ${locale}`, async () => {
    const page = await pageAs(demo.superintendent, locale);
    await chooseLanguage(page, locale);
    for (const path of pages()) {
      await page.goto(`${server.url}${path}`);
      await settled(page);
      assert.equal(await page.getAttribute('html', 'lang'), locale);
      assert.deepEqual(await accessibilityViolations(page), [], path);
    }
    // A narrow phone screen too.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${server.url}${meetingPath}`);
    await settled(page);
    assert.deepEqual(await accessibilityViolations(page), [], `${meetingPath} at 390 px`);
    if (locale === 'es') await chooseLanguage(page, 'en');
    await page.context().close();
  });
}

test('the Spanish meeting pages show no English string', async () => {
  const en = messages('en');
  const es = messages('es');
  const english = Object.entries(en)
    .filter(([key, value]) => value !== es[key] && value.length >= 4 && !value.includes('{'))
    .map(([, value]) => value);
  const page = await pageAs(demo.superintendent, 'es');
  await chooseLanguage(page, 'es');
  for (const path of pages()) {
    await page.goto(`${server.url}${path}`);
    await settled(page);
    // The schedule form's recurring part and the agenda's linked-subject choice show more strings.
    if (path.endsWith('/meetings')) await page.getByLabel('Se repite').selectOption('weekly');
    if (path === meetingPath) await page.getByLabel('Sobre').first().selectOption('issue');
    const lines = (await page.locator('body').innerText()).split('\n').map((l) => l.trim());
    assert.deepEqual(english.filter((s) => lines.includes(s)), [], path);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
  }
  assert.match(await page.locator('main').innerText(), /Asistencia/);
  await chooseLanguage(page, 'en');
  await page.context().close();
});
