// Partnership health in a real Chromium against a real server: a survey window opened and closed,
// the anonymous climate survey, the collaboration-network survey, and results with small groups
// suppressed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  accessibilityViolations, addAccount, apiAs as sharedApiAs, apiSession, demo, launchBrowser, messages, signIn,
  startServer,
} from './support.mjs';

let server;
let browser;

const people = {
  admin: 'admin@demo.accord.example', // neutral, administrator: answers nothing, checks the pages
  siteRep: 'site.rep@demo.accord.example', // Ana Reyes, labor
  principal: 'principal@demo.accord.example', // Robert Nguyen, management
  boardPresident: 'board.president@demo.accord.example', // Linda Chen, management
};
const names = ['Maria Delgado', 'James Okafor', 'Linda Chen', 'Robert Nguyen', 'Ana Reyes', 'Teresa Lopez', 'Omar Haddad'];
const schools = ['Lincoln Elementary', 'Whitney High School'];
// This school year: it starts in the summer.
const year = new Date().getUTCFullYear() - (new Date().getUTCMonth() < 6 ? 1 : 0);
const schoolYear = (y) => `${y}–${String((y + 1) % 100).padStart(2, '0')}`;
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

before(async () => {
  server = await startServer({ outcomes: false }); // no survey or outcome history: the tests write their own
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(locale = 'en') {
  const context = await browser.newContext({ locale: locale === 'es' ? 'es-ES' : 'en-US' });
  return context.newPage();
}

const apiAs = (email) => sharedApiAs(browser, server.url, email);

// A new member of the district, invited by their side's leader (the union president for labor, the
// superintendent otherwise). This server sends no email, so an administrator makes the account and the
// person accepts the invitation after signing in.
async function newMember(name, email, side, role) {
  const leader = await apiAs(side === 'labor' ? demo.unionPresident : demo.superintendent);
  const invitation = await leader.post('/invitations', { email, name, side, role });
  await leader.close();
  assert.equal(invitation.delivery, 'not_sent');
  const password = 'a long enough password';
  addAccount(server, email, name, password);
  const context = await browser.newContext();
  const login = await context.request.post(`${server.url}/api/v1/auth/login`, { data: { email, password } });
  assert.equal(login.status(), 200, await login.text());
  const csrf = (await login.json()).csrf_token;
  const mine = await (await context.request.get(`${server.url}/api/v1/me/invitations`)).json();
  const accepted = await context.request.post(`${server.url}/api/v1/me/invitations/${mine.items[0].id}/accept`, {
    data: {},
    headers: { 'X-CSRF-Token': csrf },
  });
  assert.equal(accepted.status(), 200, await accepted.text());
  return apiSession(server.url, context, csrf);
}

async function chooseLanguage(page, locale) {
  const select = page.getByLabel(/^(Language|Idioma)$/);
  if ((await select.inputValue()) === locale) return;
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH'),
    select.selectOption(locale),
  ]);
}

async function settled(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

async function mainText(page) {
  await settled(page);
  return page.locator('main').innerText();
}

// Every statement of the default instrument answered with `value`, at `school` (null: not given).
async function climateAnswers(windowId, value) {
  const maria = await apiAs(demo.superintendent);
  const w = await maria.get(`/survey-windows/${windowId}`);
  await maria.close();
  return Object.fromEntries(w.instrument.areas.flatMap((a) => a.items).map((i) => [i.key, value]));
}

let windowId;
const steps = {};

test('the superintendent opens a window for this year with both surveys; a minimum of 2 is refused, naming the field', async () => {
  const page = await newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.goto(`${server.url}/districts/1`);
  await page.getByRole('link', { name: 'Partnership health' }).click();
  await page.getByRole('heading', { level: 1, name: 'Partnership health' }).waitFor();
  await page.getByText('No survey has been opened yet.').waitFor();

  const form = page.locator('form.survey-open-form');
  assert.equal(await form.getByLabel('School year (the year it starts)').inputValue(), String(year));
  assert.ok(await form.getByLabel('Climate survey').isChecked());
  assert.ok(await form.getByLabel('Collaboration-network survey').isChecked());
  assert.equal(await form.getByLabel('First day of answers').inputValue(), today());
  await form.getByLabel('Schools (one per line)').fill(schools.join('\n'));
  // The rule is explained beside the field.
  await form.getByText(/It is never below 3, because in a smaller group people could tell who answered what/).waitFor();

  const minimum = form.getByLabel('Minimum group size');
  await minimum.fill('2');
  await form.getByRole('button', { name: 'Open the window' }).click();
  const refusal = form.getByRole('alert');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /^Minimum group size: must be at least 3/);
  assert.equal(await minimum.getAttribute('aria-invalid'), 'true');
  await page.getByText('No survey has been opened yet.').waitFor();

  await minimum.fill('3');
  await form.getByRole('button', { name: 'Open the window' }).click();
  await page.getByRole('status').getByText(`The window for ${schoolYear(year)} is open for answers.`).waitFor();
  const card = page.locator('.survey-card', { hasText: `School year ${schoolYear(year)}` });
  await card.getByText('Open for answers').waitFor();
  const facts = await card.locator('dl').innerText();
  assert.match(facts, /Climate survey · Collaboration-network survey/);
  assert.match(facts, /Minimum group size\s+3/);
  assert.match(facts, /Lincoln Elementary · Whitney High School/);
  await card.getByRole('link', { name: 'Take the climate survey' }).waitFor();
  await card.getByRole('button', { name: `Close the window for ${schoolYear(year)}` }).waitFor();
  await page.context().close();

  const maria = await apiAs(demo.superintendent);
  const { items } = await maria.get('/survey-windows');
  await maria.close();
  assert.equal(items.length, 1);
  assert.equal(items[0].min_group_size, 3);
  windowId = items[0].id;
});

test('the union president takes the climate survey with the keyboard alone, and a second attempt is refused', async () => {
  const page = await newPage();
  await signIn(page, server.url, demo.unionPresident);
  // A second tab, opened before he answers, to try again afterwards.
  const again = await page.context().newPage();
  const path = `${server.url}/districts/1/health/${windowId}/climate`;
  await again.goto(path);
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: `Climate survey, school year ${schoolYear(year)}` }).waitFor();
  const privacy = await page.locator('.survey-privacy').innerText();
  assert.match(privacy, /Your answers are anonymous/);
  assert.match(privacy, /What is not kept with your answers: your name, your account, or when you answered/);
  assert.match(privacy, /Nobody can read your answers back/);
  await page.locator('fieldset.survey-area legend', { hasText: 'School culture' }).waitFor();
  assert.equal(await page.locator('fieldset.survey-area').count(), 6);

  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return { tag: e.tagName, id: e.id, name: e.getAttribute('name'), type: e.getAttribute('type'), text: e.textContent?.trim() };
  });
  // From the page's heading, which has the focus: Tab to the school, the arrow chooses Lincoln.
  await page.keyboard.press('Tab');
  assert.equal((await focused()).id, 'survey-school');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#survey-school').inputValue(), 'Lincoln Elementary');

  // Each statement: Tab into its radio group, the arrows move to 4 (agree); one statement is skipped,
  // and one answer is given and then cleared again.
  const statements = await page.locator('.survey-item input[type=radio][value="1"]').evaluateAll((l) => l.map((i) => i.name));
  assert.equal(statements.length, 20);
  for (const key of statements) {
    await page.keyboard.press('Tab');
    let at = await focused();
    if (at.type !== 'radio') { // the clear button of the statement before
      await page.keyboard.press('Tab');
      at = await focused();
    }
    assert.equal(at.name, key);
    if (key === 'culture_voice') continue; // skipped
    for (let i = 1; i < 4; i++) await page.keyboard.press('ArrowRight');
    if (key === 'pd_time') {
      await page.keyboard.press('Tab');
      assert.equal((await focused()).text, 'Clear my answer');
      await page.keyboard.press('Enter');
      assert.equal((await focused()).name, 'pd_time');
    }
  }
  assert.equal(await page.locator('input[name="culture_trust"]:checked').getAttribute('value'), '4');
  assert.equal(await page.locator('input[name="culture_voice"]:checked').count(), 0);
  assert.equal(await page.locator('input[name="pd_time"]:checked').count(), 0);
  await page.getByText('You have answered 18 of 20 statements.').waitFor();
  for (let i = 0; i < 10 && (await focused()).text !== 'Send my answers'; i++) await page.keyboard.press('Tab');
  assert.equal((await focused()).text, 'Send my answers');
  await page.keyboard.press('Enter');

  const done = page.getByRole('status').filter({ hasText: 'Your answers were recorded. Thank you.' });
  await done.waitFor();
  assert.match(await done.innerText(), /filed without your name/);
  assert.equal(await page.locator('form.survey-form').count(), 0);

  // The tab opened earlier still shows the form: trying again is refused, plainly.
  await again.locator('input[name="culture_trust"][value="2"]').check();
  await again.getByRole('button', { name: 'Send my answers' }).click();
  const refused = again.getByRole('alert');
  await refused.getByText('You have already answered this survey.').waitFor();
  assert.match(await refused.innerText(), /A second set of answers is not accepted/);

  // Coming back later, the page says it is done and offers no form.
  await page.goto(path);
  await page.getByText('You have already answered this survey: your answers were recorded.').waitFor();
  assert.equal(await page.locator('form.survey-form').count(), 0);
  await page.goto(`${server.url}/districts/1/health`);
  await page.getByText('You have answered the climate survey.').waitFor();
  await page.context().close();

  const james = await apiAs(demo.unionPresident);
  assert.equal(await james.status('POST', `/survey-windows/${windowId}/climate-responses`, { answers: { culture_trust: 1 } }), 409);
  await james.close();
});

async function results(page) {
  await page.goto(`${server.url}/districts/1/health/${windowId}/results`);
  await page.getByRole('heading', { level: 1, name: `Results, school year ${schoolYear(year)}` }).waitFor();
  await settled(page);
}

// A group's card in the climate results, and a text with its blank lines taken out.
const schoolCard = (page, group) => page.locator('.survey-groups .survey-card')
  .filter({ has: page.getByRole('heading', { level: 4, name: group, exact: true }) });
const lines = (text) => text.replace(/\n+/g, '\n').trim();

test('members answer; while the window is open nobody sees results, the superintendent included, only how many answered', async () => {
  const page = await newPage();
  await signIn(page, server.url, demo.superintendent);

  // Lincoln Elementary: James (4, above) and Ana (2).
  const ana = await apiAs(people.siteRep);
  await ana.post(`/survey-windows/${windowId}/climate-responses`,
    { school: 'Lincoln Elementary', answers: await climateAnswers(windowId, 2) });
  await ana.close();
  await results(page);
  let text = await mainText(page);
  assert.match(text, /Results appear when the window closes \(.+\), for every member alike/);
  assert.doesNotMatch(text, /\(n = \d+\)|people answered/);
  await page.goto(`${server.url}/districts/1/health`);
  const card = page.locator('.survey-card', { hasText: `School year ${schoolYear(year)}` });
  await card.getByText('Climate survey: 2 answered so far.').waitFor();
  await card.getByText(/Results appear when the window closes/).waitFor();
  assert.equal(await card.getByRole('link', { name: `See the results of ${schoolYear(year)}` }).count(), 0);

  // Five more: Robert (5) at Lincoln, Linda (4) and a teacher (3) at Whitney High, Maria (4) and a teacher (3) with no school.
  const teresa = await newMember('Teresa Lopez', 'teresa.lopez@demo.accord.example', 'labor', 'teacher');
  const omar = await newMember('Omar Haddad', 'omar.haddad@demo.accord.example', 'labor', 'teacher');
  steps.teachers = { teresa, omar };
  const robert = await apiAs(people.principal);
  const linda = await apiAs(people.boardPresident);
  const maria = await apiAs(demo.superintendent);
  for (const [who, school, value] of [[robert, 'Lincoln Elementary', 5], [linda, 'Whitney High School', 4], [teresa, 'Whitney High School', 3], [maria, null, 4], [omar, null, 3]]) {
    await who.post(`/survey-windows/${windowId}/climate-responses`, { school, answers: await climateAnswers(windowId, value) });
  }
  await robert.close();
  await linda.close();
  // The API refuses the results too, naming the window.
  const refused = await page.context().request.get(`${server.url}/api/v1/districts/1/survey-windows/${windowId}/climate-results`);
  assert.equal(refused.status(), 409);
  assert.equal((await refused.json()).error.field, 'window');

  // Last year's window too, for the trend: three answers, then closed.
  const last = await maria.post('/survey-windows', {
    year: year - 1, opens_on: today(), closes_on: inDays(30), min_group_size: 3, surveys: ['climate'], schools,
  });
  for (const [who, value] of [[maria, 2], [teresa, 3], [omar, 4]]) {
    await who.post(`/survey-windows/${last.id}/climate-responses`, { answers: await climateAnswers(last.id, value) });
  }
  await maria.post(`/survey-windows/${last.id}/close`);
  await maria.close();

  await page.reload();
  await card.getByText('Climate survey: 7 answered so far.').waitFor();
  await results(page);
  text = await mainText(page);
  assert.doesNotMatch(text, /\(n = \d+\)|people answered/);
  for (const name of names) assert.ok(!text.includes(name), name);
  await page.context().close();
});

test('the network survey is answered and each school shows its density, never who named whom', async () => {
  const page = await newPage();
  await signIn(page, server.url, people.siteRep);
  await page.goto(`${server.url}/districts/1/health/${windowId}/network`);
  await page.getByRole('heading', { level: 1, name: `Collaboration-network survey, school year ${schoolYear(year)}` }).waitFor();
  const privacy = await page.locator('.survey-privacy').innerText();
  assert.match(privacy, /Only totals are ever shown/);
  assert.match(privacy, /Nobody ever sees whom you named/);
  await page.getByLabel('Your school').selectOption('Lincoln Elementary');

  const topic = (name) => page.locator('fieldset.survey-topic').filter({ has: page.locator('legend', { hasText: name }) });
  const studentData = topic('Student data');
  await studentData.getByLabel('Find a colleague by name').fill('rob');
  assert.deepEqual(await studentData.locator('.survey-colleague-name').allInnerTexts(), ['Robert Nguyen']);
  await studentData.getByLabel(/^Robert Nguyen/).selectOption('weekly');
  await studentData.getByLabel('Find a colleague by name').fill('');
  await studentData.getByText('Colleagues chosen for this topic: 1.').waitFor();
  const mentoring = topic('Mentoring');
  await mentoring.getByLabel('Find a colleague by name').fill('James');
  await mentoring.getByLabel(/^James Okafor/).selectOption('daily');
  // The choices are the API's frequencies.
  assert.deepEqual(await mentoring.getByLabel(/^James Okafor/).locator('option').evaluateAll((o) => o.map((x) => x.value)),
    ['', 'daily', 'weekly', 'monthly', 'rarely']);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await page.getByRole('status').getByText('Your answers were recorded. Thank you.').waitFor();
  await page.context().close();

  const ids = {};
  const maria = await apiAs(demo.superintendent);
  for (const m of (await maria.get('/memberships?limit=200')).items) ids[m.name] = m.user_id;
  const robert = await apiAs(people.principal);
  await robert.post(`/survey-windows/${windowId}/network-responses`, {
    school: 'Lincoln Elementary', contacts: [{ colleague_id: ids['Ana Reyes'], topic: 'student_data', frequency: 'weekly' }],
  });
  await robert.close();
  const james = await apiAs(demo.unionPresident);
  await james.post(`/survey-windows/${windowId}/network-responses`, {
    school: 'Lincoln Elementary', contacts: [{ colleague_id: ids['Ana Reyes'], topic: 'curriculum', frequency: 'monthly' }],
  });
  await james.close();
  await maria.post(`/survey-windows/${windowId}/network-responses`, {
    school: 'Whitney High School', contacts: [{ colleague_id: ids['Linda Chen'], topic: 'curriculum', frequency: 'weekly' }],
  });
  await maria.close();

  // Still open: the health page shows how many answered the network survey, and no name.
  const viewer = await newPage();
  await signIn(viewer, server.url, demo.superintendent);
  await viewer.goto(`${server.url}/districts/1/health`);
  const card = viewer.locator('.survey-card', { hasText: `School year ${schoolYear(year)}` });
  await card.getByText('Collaboration-network survey: 4 answered so far.').waitFor();
  for (const path of [`/districts/1/health/${windowId}/results`, '/districts/1/health']) {
    await viewer.goto(`${server.url}${path}`);
    const text = await mainText(viewer);
    for (const name of names) assert.ok(!text.includes(name), `${path}: ${name}`);
    assert.doesNotMatch(text, /pairs\)/, path);
  }
  // Ana, coming back, sees only that she answered.
  await viewer.context().close();
  const ana = await newPage();
  await signIn(ana, server.url, people.siteRep);
  await ana.goto(`${server.url}/districts/1/health/${windowId}/network`);
  await ana.getByText('You have already answered this survey: your answers were recorded.').waitFor();
  const text = await mainText(ana);
  assert.ok(!text.includes('Robert Nguyen') && !text.includes('James Okafor'));
  await ana.context().close();
});

test('the superintendent closes the window; then every member sees the results', async () => {
  const page = await newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.goto(`${server.url}/districts/1/health`);
  const card = page.locator('.survey-card', { hasText: `School year ${schoolYear(year)}` });
  await card.getByRole('button', { name: `Close the window for ${schoolYear(year)}` }).click();
  await card.getByText(/A closed window cannot be opened again/).waitFor();
  await card.getByRole('button', { name: 'Close it now' }).click();
  await page.getByRole('status').getByText(`The window for ${schoolYear(year)} is closed.`, { exact: false }).waitFor();
  await card.getByText('Closed', { exact: true }).waitFor();
  assert.equal(await card.getByRole('button').count(), 0);
  await page.context().close();

  const teacher = await newPage();
  await signIn(teacher, server.url, 'teresa.lopez@demo.accord.example', 'a long enough password');
  await teacher.goto(`${server.url}/districts/1/health`);
  const closed = teacher.locator('.survey-card', { hasText: `School year ${schoolYear(year)}` });
  const networkJson = teacher.waitForResponse((r) => r.url().endsWith('/network-results'));
  await closed.getByRole('link', { name: `See the results of ${schoolYear(year)}` }).click();
  await teacher.getByRole('heading', { level: 1, name: `Results, school year ${schoolYear(year)}` }).waitFor();
  await settled(teacher);
  const text = await mainText(teacher);
  assert.match(lines(text), /Whole district\n7 people answered\./);
  const lincoln = schoolCard(teacher, 'Lincoln Elementary');
  assert.match(await lincoln.innerText(), /3 people answered\./);
  // School culture: the means of 4, 2 and 5.
  assert.match(await lincoln.locator('li', { hasText: 'School culture' }).innerText(), /3\.67 \(n = 3\)/);
  // Whitney High has two answers: below the minimum, it shows no number.
  assert.equal(lines(await schoolCard(teacher, 'Whitney High School').innerText()), 'Whitney High School\nFewer than 3 answers — not shown');
  // Sides: labor 4 people (4, 2, 3, 3), management 3 (5, 4, 4); the neutral side has no one.
  assert.match(await schoolCard(teacher, 'Labor').locator('li', { hasText: 'School culture' }).innerText(), /3\.00 \(n = 4\)/);
  assert.match(await schoolCard(teacher, 'Management').locator('li', { hasText: 'School culture' }).innerText(), /4\.33 \(n = 3\)/);
  assert.equal(lines(await schoolCard(teacher, 'Neutral').innerText()), 'Neutral\nFewer than 3 answers — not shown');
  const gapRow = teacher.locator('#results-gap-table').locator('..').locator('tr', { hasText: 'School culture' });
  assert.match(await gapRow.innerText(), /3\.00\s+4\.33\s+-1\.33/);
  // The table holds the same numbers; Whitney's row has none.
  const whitneyRow = teacher.locator('table', { has: teacher.locator('caption', { hasText: 'Mean per area and school' }) })
    .locator('tr', { hasText: 'Whitney High School' });
  assert.equal((await whitneyRow.innerText()).trim(), 'Whitney High School\tFewer than 3 answers — not shown');
  // Every shown bar carries its value as text.
  const bars = await teacher.locator('.survey-bars li').evaluateAll((l) => l.map((li) => li.innerText));
  assert.ok(bars.length >= 6 * 4);
  for (const bar of bars) assert.match(bar, /\d\.\d\d \(n = \d+\)|Fewer than 3 answers — not shown/);
  // The trend has both years, oldest first.
  const trend = teacher.locator('table', { has: teacher.locator('caption', { hasText: 'Trend across the years' }) });
  assert.match(await trend.locator('thead').innerText(), new RegExp(`${schoolYear(year - 1)}\\s+${schoolYear(year)}`));
  assert.match(await trend.locator('tr', { hasText: 'People who answered' }).innerText(), /3\s+7/);
  assert.match(await trend.locator('tr', { hasText: 'School culture' }).innerText(), /3\.00 \(n = 3\)[\s\S]*3\.57 \(n = 7\)/);

  // The network: Lincoln's three respondents, Whitney's one below the minimum.
  const section = teacher.locator('section', { has: teacher.locator('#results-network') });
  await section.getByText(/Among the people of a school who answered, the share of all possible pairs/).waitFor();
  const lincolnNetwork = section.locator('.survey-card', { has: teacher.getByRole('heading', { name: 'Lincoln Elementary' }) });
  assert.match(await lincolnNetwork.innerText(), /3 people answered\./);
  assert.match(await lincolnNetwork.locator('tr', { hasText: 'Student data' }).innerText(), /33\.3%\s*\(1 of 3 pairs\)\s+33\.3%\s+Yes, weekly/);
  assert.match(await lincolnNetwork.locator('tr', { hasText: 'Curriculum' }).innerText(), /33\.3%\s*\(1 of 3 pairs\)\s+0\.0%\s+No/);
  assert.match(await lincolnNetwork.locator('tr', { hasText: 'Teaching practice' }).innerText(), /0%\s*\(0 of 3 pairs\)/);
  const whitney = section.locator('.survey-card', { has: teacher.getByRole('heading', { name: 'Whitney High School' }) });
  assert.equal(lines(await whitney.innerText()), 'Whitney High School\nFewer than 3 answers — not shown');
  // No page shows who named whom, nor who answered: no member's name, and the results the page was given hold none.
  const raw = await (await networkJson).text();
  for (const name of names) assert.ok(!raw.includes(name), name);
  assert.ok(!/colleague_id|"from"|"to"/.test(raw));
  for (const name of names) assert.ok(!text.includes(name), name);

  // A new window, open: a teacher is told when its results come, and how many answered so far.
  const maria = await apiAs(demo.superintendent);
  const next = await maria.post('/survey-windows', {
    year: year - 2, opens_on: today(), closes_on: inDays(30), min_group_size: 3, surveys: ['climate', 'network'], schools,
  });
  await maria.close();
  formsWindowId = next.id;
  await teacher.goto(`${server.url}/districts/1/health`);
  const open = teacher.locator('.survey-card', { hasText: `School year ${schoolYear(year - 2)}` });
  await open.getByText(/Results appear when the window closes/).waitFor();
  await open.getByText('Climate survey: 0 answered so far.').waitFor();
  await teacher.context().close();
  await steps.teachers?.teresa.close();
  await steps.teachers?.omar.close();
});

// The pages as the administrator sees them: the forms of the open window (he has answered
// nothing), and the results of the closed one.
let formsWindowId;
const checkedPages = () => [
  '/districts/1/health',
  `/districts/1/health/${formsWindowId}/climate`,
  `/districts/1/health/${formsWindowId}/network`,
  `/districts/1/health/${windowId}/results`,
];

for (const locale of ['en', 'es']) {
  test(`the survey pages have no accessibility violations in ${locale}`, async () => {
    const page = await newPage(locale);
    await signIn(page, server.url, people.admin);
    await chooseLanguage(page, locale);
    try {
      for (const path of checkedPages()) {
        await page.goto(`${server.url}${path}`);
        await settled(page);
        if (path.endsWith('/climate')) await page.locator('.survey-item').first().waitFor();
        if (path.endsWith('/network')) await page.locator('fieldset.survey-topic select').first().waitFor();
        if (path.endsWith('/results')) await page.locator('#results-network').waitFor();
        assert.deepEqual(await accessibilityViolations(page), [], path);
      }
      // On a phone, the results page does not scroll sideways as a whole.
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`${server.url}${checkedPages()[3]}`);
      await settled(page);
      const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.survey-table-wrap'))
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
      assert.deepEqual(wide, [], 'wider than a phone');
      assert.deepEqual(await accessibilityViolations(page), [], 'results at 390 px');
    } finally {
      await chooseLanguage(page, 'en');
      await page.context().close();
    }
  });
}

test('the survey pages in Spanish show no English string', async () => {
  const en = messages('en');
  const es = messages('es');
  const untranslated = Object.entries(en).filter(([key, value]) => value !== es[key] && value.length >= 4 && !value.includes('{'));
  const english = untranslated.map(([, value]) => value);
  // This area's own sentences may not appear even inside a longer text.
  const ours = untranslated.filter(([key, value]) => key.startsWith('survey.') && value.length >= 12).map(([, value]) => value);
  const page = await newPage('es');
  await signIn(page, server.url, people.admin);
  await chooseLanguage(page, 'es');
  try {
    for (const path of checkedPages()) {
      await page.goto(`${server.url}${path}`);
      if (path.endsWith('/network')) await page.locator('fieldset.survey-topic select').first().waitFor();
      if (path.endsWith('/results')) await page.locator('#results-network').waitFor();
      const text = await mainText(page);
      const shown = text.split('\n').map((l) => l.trim());
      assert.deepEqual(english.filter((s) => shown.includes(s)), [], path);
      assert.deepEqual(ours.filter((s) => text.includes(s)), [], path);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
    }
    // The instrument in Spanish, and suppression in Spanish words.
    await page.goto(`${server.url}${checkedPages()[1]}`);
    await page.locator('fieldset.survey-area legend', { hasText: 'Cultura escolar' }).waitFor();
    await page.getByText('Los maestros y los administradores de mi escuela confían unos en otros.').waitFor();
    await page.goto(`${server.url}${checkedPages()[3]}`);
    await page.getByText('Menos de 3 respuestas: no se muestra').first().waitFor();
  } finally {
    await chooseLanguage(page, 'en');
    await page.context().close();
  }
});
