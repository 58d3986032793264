// Network events in a real Chromium against a real server: a district team registers, each of
// its three leaders signs the pledge, the team writes its action plan and brings it home as
// action items, reports its 30-day check-in, and the organizers' dashboard shows it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, demo, demoPassword, chooseLanguage, launchBrowser, messages, signIn, startServer } from './support.mjs';

let server;
let browser;
let eventId;
let teamId;

const people = {
  admin: 'admin@demo.accord.example', // the event's organizer, and the district's administrator
  boardPresident: 'board.president@demo.accord.example', // Linda Chen
};
const inDays = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);
// A date as the English pages write it (action/format.ts).
const formatDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' });
};
const title = 'Labor-Management Partnership Retreat';
const goal = 'Publish a joint budget calendar';
const district = 'ABC Partnership Unified School District (demo)';

// A person acting through the JSON API under /api/v1, for the parts of the story not under test.
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
  return {
    get: (p) => send('GET', p), post: (p, d) => send('POST', p, d ?? {}), patch: (p, d) => send('PATCH', p, d),
    close: () => context.close(),
  };
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  // The retreat ended 40 days ago, so its 30-day check-in is due and its 90-day one is not yet.
  const admin = await apiAs(people.admin);
  const event = await admin.post('/events', {
    title, kind: 'retreat', starts_on: inDays(-42), ends_on: inDays(-40), place: 'Asilomar Conference Grounds',
    description: 'Three days of joint work for district teams.', team_capacity: 3,
    pledge: 'We will carry what we plan here back to our district, together.',
    organizer_emails: [people.admin],
  });
  eventId = event.id;
  await admin.post(`/events/${eventId}/sessions`, {
    title: 'Interest-based problem solving', starts_at: `${inDays(-42)}T09:00`, room: 'Chapel', presenting_district_ids: [1],
  });
  await admin.close();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(locale = 'en') {
  const context = await browser.newContext({ locale: locale === 'es' ? 'es-ES' : 'en-US' });
  return context.newPage();
}

async function settled(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}


// Presses Tab until the focused element is the button or link named `name`.
async function tabTo(page, name) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (text === name) return;
  }
  assert.fail(`no focusable element named ${name}`);
}

async function signPledgeAs(email, name, keyboard = false) {
  const page = await newPage();
  await signIn(page, server.url, email);
  await page.goto(`${server.url}/network/events/${eventId}/teams/${teamId}`);
  await settled(page);
  if (keyboard) {
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, `Sign the pledge as ${name}`);
    await page.keyboard.press('Enter');
  } else {
    await page.getByRole('button', { name: `Sign the pledge as ${name}` }).click();
  }
  await page.getByRole('status').filter({ hasText: 'You have signed the pledge.' }).waitFor();
  await page.getByText(new RegExp(`${name} \\([a-z ]+\\): signed on`)).waitFor();
  await page.context().close();
}

test('a team registers, signs the pledge, brings its plan home and reports its 30-day check-in', async () => {
  // The superintendent finds the event and registers the district's team.
  const page = await newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.getByRole('link', { name: 'Events', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Network events' }).waitFor();
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByText('Interest-based problem solving').waitFor();
  await page.getByText(`Presented by ${district}`).waitFor();
  const members = page.locator('fieldset.event-members');
  for (const name of ['Maria Delgado', 'James Okafor', 'Linda Chen'])
    assert.equal(await members.getByLabel(new RegExp(name)).isChecked(), true, name);
  assert.equal(await members.getByLabel(/Robert Nguyen/).isChecked(), false);
  await page.getByRole('button', { name: 'Register the team' }).click();
  await page.getByRole('status').filter({ hasText: `${district} is registered.` }).waitFor();
  await page.getByText('0 of 3 have signed the pledge').waitFor();
  await page.getByRole('link', { name: `Open the team page of ${district}` }).click();
  await page.getByRole('heading', { level: 1, name: `Team of ${district}` }).waitFor();
  teamId = Number(new URL(page.url()).pathname.split('/').pop());
  await page.getByText('We will carry what we plan here back to our district, together.').waitFor();
  await page.context().close();

  // Each of the three signs the pledge themself; the board president with the keyboard alone.
  await signPledgeAs(demo.superintendent, 'Maria Delgado');
  await signPledgeAs(demo.unionPresident, 'James Okafor');
  await signPledgeAs(people.boardPresident, 'Linda Chen', true);

  // The union president writes the plan and brings it home to the district committee.
  const james = await newPage();
  await signIn(james, server.url, demo.unionPresident);
  await james.goto(`${server.url}/network/events/${eventId}/teams/${teamId}`);
  await settled(james);
  await james.getByText('Every member of the team has signed the pledge.').waitFor();
  await james.getByLabel('Goal', { exact: true }).fill(goal);
  await james.getByLabel(/^Owner/).selectOption({ label: 'Linda Chen' });
  await james.getByLabel('Due date', { exact: true }).fill(inDays(60));
  await james.getByRole('button', { name: 'Add the goal' }).click();
  await james.getByRole('cell', { name: goal, exact: true }).waitFor();
  await james.getByLabel(/^Joint body \(optional\)/).selectOption({ label: 'District Labor-Management Committee' });
  await james.getByRole('button', { name: 'Bring the plan home' }).click();
  await james.getByRole('status').filter({ hasText: `One goal is now an action item of ${district}.` }).waitFor();
  await james.getByRole('link', { name: 'An action item of the district' }).waitFor();

  // The goal is an action item in the district's Action items tab.
  await james.getByRole('link', { name: 'See the action items' }).click();
  await james.getByRole('heading', { level: 1 }).waitFor();
  await james.getByText(goal).first().waitFor();
  assert.match(await james.locator('main').innerText(), /Linda Chen/);

  // The 30-day check-in is due: the team reports it.
  await james.goto(`${server.url}/network/events/${eventId}/teams/${teamId}`);
  await settled(james);
  const form = james.locator('form.event-check-in');
  assert.deepEqual(await form.getByLabel(/^Check-in/).locator('option').allInnerTexts(), ['30-day check-in']);
  await form.getByLabel(/^Progress/).selectOption({ label: 'In progress' });
  await form.getByLabel('Note', { exact: true }).fill('Draft calendar shared with both sides.');
  await form.getByRole('button', { name: 'Send the check-in' }).click();
  await james.getByRole('status').filter({ hasText: 'The 30-day check-in is reported.' }).waitFor();
  await james.getByText(/reported by James Okafor/).waitFor();
  await james.getByText(`${goal}: In progress — Draft calendar shared with both sides.`).waitFor();
  await james.context().close();

  // The organizer's dashboard shows it reported, and the 90-day check-in upcoming.
  const organizer = await newPage();
  await signIn(organizer, server.url, people.admin);
  await organizer.goto(`${server.url}/network/events/${eventId}`);
  await organizer.getByRole('link', { name: 'Organizers’ dashboard' }).click();
  await organizer.getByRole('heading', { level: 1, name: `Dashboard: ${title}` }).waitFor();
  const row = organizer.getByRole('row', { name: /ABC Partnership Unified/ });
  const cells = await row.locator('td').allInnerTexts();
  assert.equal(cells[0], 'Registered');
  assert.equal(cells[1], '3 of 3 have signed the pledge');
  assert.equal(cells[2], '1 of 1 goals brought home');
  assert.match(cells[3], /^Reported/);
  assert.match(cells[4], /^Upcoming/);
  await organizer.context().close();
});

test('an administrator adds an organizer and removes them again', async () => {
  const page = await newPage();
  await signIn(page, server.url, people.admin);
  await page.goto(`${server.url}/network/events/${eventId}`);
  await settled(page);
  const organizers = page.locator('section[aria-labelledby="organizers-title"]');
  const linda = organizers.getByRole('listitem').filter({ hasText: 'Linda Chen' });
  assert.equal(await linda.count(), 0);
  await organizers.getByLabel('E-mail of the new organizer').fill(people.boardPresident);
  await organizers.getByRole('button', { name: 'Add the organizer' }).click();
  await organizers.getByRole('status').filter({ hasText: 'Linda Chen is now an organizer.' }).waitFor();
  await linda.waitFor();

  // Naming her twice, or an address without an account, is refused with the field named.
  await organizers.getByLabel('E-mail of the new organizer').fill(people.boardPresident);
  await organizers.getByRole('button', { name: 'Add the organizer' }).click();
  assert.match(await organizers.getByRole('alert').innerText(), /email.*already an organizer/);
  await organizers.getByLabel('E-mail of the new organizer').fill('nobody@demo.accord.example');
  await organizers.getByRole('button', { name: 'Add the organizer' }).click();
  await organizers.getByRole('alert').filter({ hasText: 'no account has this e-mail address' }).waitFor();

  await page.reload();
  await settled(page);
  await linda.waitFor();
  await organizers.getByRole('button', { name: 'Remove Linda Chen as organizer' }).click();
  await organizers.getByRole('status').filter({ hasText: 'Linda Chen is no longer an organizer.' }).waitFor();
  await linda.waitFor({ state: 'detached' });
  await page.reload();
  await settled(page);
  await organizers.getByRole('listitem').first().waitFor();
  assert.equal(await linda.count(), 0);
  await page.context().close();
});

test('an organizer renames a session with the keyboard alone', async () => {
  const page = await newPage();
  await signIn(page, server.url, people.admin);
  await page.goto(`${server.url}/network/events/${eventId}`);
  await settled(page);
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, 'Change the session “Interest-based problem solving”');
  await page.keyboard.press('Enter');
  const form = page.locator('form.event-edit');
  await form.waitFor();
  // The focus moves into the form once it has rendered: wait for it (a bounded time) rather than race it.
  await page.waitForFunction(() => document.activeElement?.value === 'Interest-based problem solving', null,
    { timeout: 5000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Interest-based bargaining in practice');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'The session “Interest-based bargaining in practice” is saved.' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'Change the session “Interest-based bargaining in practice”');
  await page.reload();
  await settled(page);
  const sessions = page.locator('section[aria-labelledby="sessions-title"]');
  await sessions.getByText('Interest-based bargaining in practice', { exact: true }).waitFor();
  assert.doesNotMatch(await sessions.innerText(), /Interest-based problem solving/);
  await page.context().close();
});

test('the team changes a goal not yet home and removes another', async () => {
  const page = await newPage();
  await signIn(page, server.url, demo.unionPresident);
  await page.goto(`${server.url}/network/events/${eventId}/teams/${teamId}`);
  await settled(page);
  for (const text of ['Hold a joint kickoff', 'Visit a partner district']) {
    await page.getByLabel('Goal', { exact: true }).fill(text);
    await page.getByLabel('Due date', { exact: true }).fill(inDays(90));
    await page.getByRole('button', { name: 'Add the goal' }).click();
    await page.getByRole('cell', { name: text, exact: true }).waitFor();
  }
  // The goal brought home earlier may no longer change here.
  assert.equal(await page.getByRole('button', { name: `Change the goal “${goal}”` }).count(), 0);

  await page.getByRole('button', { name: 'Change the goal “Hold a joint kickoff”' }).click();
  const form = page.locator('form.event-edit');
  await form.getByLabel('Goal', { exact: true }).fill('Hold a joint kickoff with every school');
  await form.getByLabel(/^Owner/).selectOption({ label: 'Maria Delgado' });
  await form.getByRole('button', { name: 'Save the goal' }).click();
  await page.getByRole('status').filter({ hasText: 'The goal “Hold a joint kickoff with every school” is saved.' }).waitFor();

  await page.getByRole('button', { name: 'Remove the goal “Visit a partner district”' }).click();
  await page.getByRole('status').filter({ hasText: 'The goal “Visit a partner district” is removed.' }).waitFor();

  await page.reload();
  await settled(page);
  const row = page.getByRole('row', { name: /Hold a joint kickoff with every school/ });
  assert.match(await row.innerText(), /Maria Delgado/);
  assert.equal(await page.getByRole('cell', { name: 'Hold a joint kickoff', exact: true }).count(), 0);
  assert.equal(await page.getByRole('cell', { name: 'Visit a partner district', exact: true }).count(), 0);
  await page.getByRole('cell', { name: goal, exact: true }).waitFor();
  await page.context().close();
});

// The retreat's survey closed 14 days after it; a meeting that ended two days ago still takes answers.
let surveyEventId;

test('attendees answer the survey once; while it is open everyone sees only the count, and the results once it closes', async () => {
  const admin = await apiAs(people.admin);
  const event = await admin.post('/events', {
    title: 'Regional Partnership Meeting', kind: 'conference', starts_on: inDays(-3), ends_on: inDays(-2),
    place: 'Sacramento', description: 'One day of shared practice.', team_capacity: 3,
    pledge: 'We will carry what we plan here back to our district, together.', organizer_emails: [people.admin],
  });
  surveyEventId = event.id;
  const maria = await apiAs(demo.superintendent);
  const ids = {};
  for (const m of (await maria.get('/districts/1/memberships?limit=200')).items) ids[m.name] = m.user_id;
  await maria.post(`/events/${surveyEventId}/teams`, {
    district_id: 1, member_ids: [ids['Maria Delgado'], ids['James Okafor'], ids['Linda Chen']],
  });
  await maria.close();

  const page = await newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.goto(`${server.url}/network/events/${surveyEventId}/survey`);
  await settled(page);
  const closesOn = formatDate(inDays(12));
  await page.getByText(`Results appear when the survey closes (${closesOn}), for everyone alike. 0 answered so far.`).waitFor();
  for (const legend of ['The event as a whole', 'The sessions', 'Learning from other districts', 'Time to plan as a district team'])
    await page.getByRole('group', { name: legend }).getByLabel('4', { exact: true }).check();
  await page.getByLabel('Comments (optional)', { exact: true }).fill('The planning time was the best part.');
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await page.getByRole('status').filter({ hasText: 'Thank you. Your answers are recorded without your name.' }).waitFor();
  for (const email of [demo.unionPresident, people.boardPresident]) {
    const other = await apiAs(email);
    await other.post(`/events/${surveyEventId}/survey`, { answers: { overall: 5, sessions: 3, peer_learning: 4, action_planning: 5 } });
    await other.close();
  }
  // Three responses, but the survey is still open: only the count, for the organizer too.
  await page.reload();
  await settled(page);
  await page.getByText(`Results appear when the survey closes (${closesOn}), for everyone alike. 3 answered so far.`).waitFor();
  let results = await page.locator('section[aria-labelledby="results-title"]').innerText();
  assert.doesNotMatch(results, /average|planning time/);
  const organizer = await newPage();
  await signIn(organizer, server.url, people.admin);
  await organizer.goto(`${server.url}/network/events/${surveyEventId}/survey`);
  await settled(organizer);
  await organizer.getByText(/3 answered so far/).waitFor();
  assert.doesNotMatch(await organizer.locator('main').innerText(), /average|planning time/);
  await organizer.context().close();

  // The organizer moves the meeting back a month: its survey has closed, and the results are everyone's.
  await admin.patch(`/events/${surveyEventId}`, { starts_on: inDays(-30), ends_on: inDays(-29) });
  await admin.close();
  await page.reload();
  await settled(page);
  await page.getByText(`The survey closed on ${formatDate(inDays(-15))}.`).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Send my answers' }).count(), 0);
  await page.getByText('3 responses').waitFor();
  await page.getByText('The planning time was the best part.').waitFor();
  results = await page.locator('section[aria-labelledby="results-title"]').innerText();
  assert.match(results, /average 4\.7 of 5/);
  for (const name of ['Maria', 'James', 'Linda']) assert.doesNotMatch(results, new RegExp(name));
  await page.context().close();
});

test('an administrator reads what was done to the events in the network audit log', async () => {
  const page = await newPage();
  await signIn(page, server.url, people.admin);
  await page.goto(`${server.url}/network/events`);
  await settled(page);
  await page.getByRole('link', { name: 'Network audit log' }).click();
  await page.getByRole('heading', { level: 1, name: 'Network audit log' }).waitFor();
  await settled(page);
  const rows = await page.locator('ol.audit-log li').allInnerTexts();
  for (const done of [/^Accord Administrator created the event \S/, /^Accord Administrator added the session \S/])
    assert.ok(rows.some((r) => done.test(r)), `${done} in ${rows.join(' | ')}`);
  await page.context().close();
  // A district leader has no such link, and the page is not theirs.
  const leader = await newPage();
  await signIn(leader, server.url, people.boardPresident);
  await leader.goto(`${server.url}/network/events`);
  await settled(leader);
  assert.equal(await leader.getByRole('link', { name: 'Network audit log' }).count(), 0);
  await leader.goto(`${server.url}/network/audit`);
  await leader.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await leader.getByRole('heading', { level: 1, name: 'Network audit log' }).count(), 0);
  await leader.context().close();
});

const checkedPages = () => [
  '/network/events',
  `/network/events/${eventId}`,
  `/network/events/${eventId}/teams/${teamId}`,
  `/network/events/${eventId}/dashboard`,
  `/network/events/${eventId}/survey`,
  `/network/events/${surveyEventId}/survey`,
  '/network/audit',
];

for (const locale of ['en', 'es']) {
  test(`the event pages have no accessibility violations in ${locale}`, async () => {
    const page = await newPage(locale);
    await signIn(page, server.url, people.admin);
    await chooseLanguage(page, locale);
    try {
      for (const path of checkedPages()) {
        await page.goto(`${server.url}${path}`);
        await settled(page);
        assert.deepEqual(await accessibilityViolations(page), [], path);
      }
      // The forms that change a session and a goal in place.
      for (const [path, button] of [[checkedPages()[1], /^(Change the session|Cambiar la sesión)/],
        [checkedPages()[2], /^(Change the goal|Cambiar la meta)/]]) {
        await page.goto(`${server.url}${path}`);
        await settled(page);
        await page.getByRole('button', { name: button }).first().click();
        await page.locator('form.event-edit').waitFor();
        assert.deepEqual(await accessibilityViolations(page), [], `${path} editing`);
      }
      // On a phone, the team page does not scroll sideways as a whole.
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`${server.url}${checkedPages()[2]}`);
      await settled(page);
      const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.table-scroll'))
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
      assert.deepEqual(wide, [], 'wider than a phone');
    } finally {
      await chooseLanguage(page, 'en');
      await page.context().close();
    }
  });
}

test('the event pages in Spanish show no English string', async () => {
  const en = messages('en');
  const es = messages('es');
  const untranslated = Object.entries(en).filter(([key, value]) => value !== es[key] && value.length >= 4 && !value.includes('{'));
  const english = untranslated.map(([, value]) => value);
  const ours = untranslated.filter(([key, value]) => key.startsWith('event.') && value.length >= 12).map(([, value]) => value);
  const page = await newPage('es');
  await signIn(page, server.url, people.admin);
  await chooseLanguage(page, 'es');
  try {
    for (const path of checkedPages()) {
      await page.goto(`${server.url}${path}`);
      await settled(page);
      const text = await page.locator('main').innerText();
      const shown = text.split('\n').map((l) => l.trim());
      assert.deepEqual(english.filter((s) => shown.includes(s)), [], path);
      assert.deepEqual(ours.filter((s) => text.includes(s)), [], path);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
    }
    await page.goto(`${server.url}${checkedPages()[3]}`);
    await page.getByText('Informado', { exact: true }).waitFor();
  } finally {
    await chooseLanguage(page, 'en');
    await page.context().close();
  }
});
