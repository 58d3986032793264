// Issues, decisions, the decision log and caucus notes in a real Chromium against a real server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  accessibilityViolations, apiAs as sharedApiAs, demo, chooseLanguage, launchBrowser, messages, signIn, startServer,
} from './support.mjs';

let server;
let browser;

// The other demo members of body 1 (the district labor–management committee).
const people = {
  siteRep: 'site.rep@demo.accord.example', // labor
  boardPresident: 'board.president@demo.accord.example', // management
  principal: 'principal@demo.accord.example', // management
};

before(async () => {
  server = await startServer();
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

const inAWeek = () => Math.floor(Date.now() / 1000) + 7 * 24 * 3600;


async function pageText(page) {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  return page.locator('main').innerText();
}

test('the two co-chairs take an issue from raising it to an adopted decision in a verified log', async () => {
  const maria = await newPage();
  await signIn(maria, server.url, demo.superintendent);
  await maria.goto(`${server.url}/districts/1/issues`);
  await maria.getByRole('heading', { level: 1, name: 'Issues' }).waitFor();

  // Raising the issue with the keyboard alone, from the first field of the form.
  await maria.getByLabel('Joint body that works on it').focus();
  await maria.keyboard.press('Tab');
  await maria.keyboard.type('Lunch recess supervision');
  await maria.keyboard.press('Tab');
  await maria.keyboard.type('Too few adults supervise the playground at lunch on the two largest campuses.');
  await maria.keyboard.press('Tab');
  await maria.keyboard.type('Article 12.3');
  await maria.keyboard.press('Enter');
  await maria.keyboard.type('MOU 2023-04');
  await maria.keyboard.press('Tab'); // the confidential box, left unchecked
  await maria.keyboard.press('Tab');
  await maria.keyboard.press('Enter');
  await maria.getByRole('heading', { level: 1, name: 'Lunch recess supervision' }).waitFor();
  const issueUrl = maria.url();
  assert.match(issueUrl, /\/districts\/1\/issues\/\d+$/);
  const current = (page) => page.locator('ol.stepper [aria-current="step"]');
  assert.match(await current(maria).innerText(), /Focus the issue/);
  assert.match(await pageText(maria), /Article 12\.3\s+MOU 2023-04/);

  // The body waits for both sides: Maria says management is ready, and the issue stays at its step
  // until James says labor is ready too.
  await maria.getByRole('button', { name: 'Our side is ready to move on to: Interests' }).click();
  await maria.getByText('Your side is ready. The issue moves on as soon as the other side says it is ready too.').waitFor();
  assert.match(await current(maria).innerText(), /Focus the issue/);
  // James's home asks labor for its word, and leads to the issue.
  const james = await newPage();
  await signIn(james, server.url, demo.unionPresident);
  await james.goto(`${server.url}/districts/1`);
  const asked = james.getByRole('region', { name: 'Waiting for your side to be ready' });
  const request = asked.getByRole('listitem').filter({ hasText: 'Lunch recess supervision' });
  assert.match(await request.innerText(), /Management is ready to move on from .+ \(Maria Delgado\)/);
  await request.getByRole('link', { name: 'Lunch recess supervision' }).click();
  await james.getByRole('heading', { level: 1, name: 'Lunch recess supervision' }).waitFor();
  assert.equal(james.url(), issueUrl);
  assert.match(await james.locator('.ready-management').innerText(), /ready \(said by Maria Delgado/);
  assert.match(await james.locator('.ready-labor').innerText(), /not yet ready/);
  await james.getByRole('button', { name: 'Our side is ready to move on to: Interests' }).click();
  await current(james).filter({ hasText: 'Interests' }).waitFor();
  await current(maria).filter({ hasText: 'Interests' }).waitFor({ timeout: 5000 });

  // Each side says it is ready; the other side's open page shows it at once, and the issue moves
  // on when both have.
  const bothReady = async (step) => {
    await maria.getByRole('button', { name: `Our side is ready to move on to: ${step}` }).click();
    await james.locator('.ready-management.is-ready').waitFor({ timeout: 5000 });
    await james.getByRole('button', { name: `Our side is ready to move on to: ${step}` }).click();
    await current(james).filter({ hasText: step }).waitFor();
    await current(maria).filter({ hasText: step }).waitFor({ timeout: 5000 });
  };

  // Interests from both sides, in their own columns.
  await maria.getByLabel('Interest (what matters, and why)').fill('Keep recess within the supervision budget');
  assert.equal(await maria.getByLabel('Whose interest').inputValue(), 'management');
  await maria.getByRole('button', { name: 'Add the interest' }).click();
  await maria.locator('.interest-management').getByText('Keep recess within the supervision budget').waitFor();
  await james.getByLabel('Interest (what matters, and why)').fill('Teachers keep their duty-free lunch');
  assert.equal(await james.getByLabel('Whose interest').inputValue(), 'labor');
  await james.getByRole('button', { name: 'Add the interest' }).click();
  await james.locator('.interest-labor').getByText('Teachers keep their duty-free lunch').waitFor();
  await james.getByLabel('Interest (what matters, and why)').fill('Every child is safe at recess');
  await james.getByLabel('Whose interest').selectOption('shared');
  await james.getByRole('button', { name: 'Add the interest' }).click();
  await james.locator('.interest-shared').getByText('Every child is safe at recess').waitFor();
  // Maria's page shows James's interests without a reload.
  await maria.locator('.interest-labor').getByText('Teachers keep their duty-free lunch').waitFor({ timeout: 5000 });
  await bothReady('Options');

  // Options, criteria with weights, and the matrix.
  for (const option of ['Stagger the lunch periods', 'Hire two more campus aides']) {
    await james.getByLabel('Option', { exact: true }).fill(option);
    await james.getByRole('button', { name: 'Add the option' }).click();
    await james.getByRole('listitem').filter({ hasText: option }).waitFor();
  }
  await bothReady('Criteria');
  for (const [criterion, weight] of [['Cost', '2'], ['Student safety', '5']]) {
    await james.getByLabel('Criterion', { exact: true }).fill(criterion);
    await james.getByLabel('Weight').selectOption(weight);
    await james.getByRole('button', { name: 'Add the criterion' }).click();
    await james.getByRole('listitem').filter({ hasText: `${criterion} weight ${weight}` }).waitFor();
  }
  await bothReady('Scoring');

  await maria.reload();
  await current(maria).filter({ hasText: 'Scoring' }).waitFor();
  const scores = [
    ['Stagger the lunch periods', 'Cost', '4'], ['Stagger the lunch periods', 'Student safety', '5'],
    ['Hire two more campus aides', 'Cost', '2'], ['Hire two more campus aides', 'Student safety', '4'],
  ];
  for (const [option, criterion, score] of scores) {
    await maria.getByLabel(`Score of “${option}” against “${criterion}”`).fill(score);
    await maria.keyboard.press('Tab');
    await maria.getByRole('status').filter({ hasText: `Saved: “${option}” scores ${score} against “${criterion}”.` }).waitFor();
  }
  const best = maria.locator('table.matrix tr.best');
  await best.filter({ hasText: 'Highest total' }).waitFor();
  assert.equal(await best.count(), 1);
  assert.match(await best.innerText(), /Stagger the lunch periods/);
  assert.match(await best.locator('td.total').innerText(), /^33$/); // 4×2 + 5×5
  assert.match(await maria.locator('table.matrix tr', { hasText: 'Hire two more campus aides' }).locator('td.total').innerText(), /^24$/);

  // The solution, then a proposal made from it.
  await bothReady('Solution');
  assert.equal(await maria.getByLabel('Option chosen').locator('option:checked').innerText(), 'Stagger the lunch periods');
  await maria.getByLabel('The solution in words').fill('Stagger lunch into two periods on the two largest campuses from January.');
  await maria.getByRole('button', { name: 'Choose this solution' }).click();
  await maria.getByText('Chosen option:').waitFor();
  await maria.getByRole('button', { name: 'Propose it to the body' }).click();
  await maria.getByRole('heading', { level: 2, name: 'The proposal' }).waitFor();
  const decisionUrl = maria.url();
  assert.match(decisionUrl, /\/districts\/1\/decisions\/\d+$/);
  const decisionId = Number(decisionUrl.split('/').pop());
  const text = await pageText(maria);
  assert.match(text, /Stagger lunch into two periods/);
  assert.match(await maria.locator('aside.principles').innerText(), /No excuses\./);
  assert.match(text, /How this body decides: Consensus/);
  assert.match(text, /nobody blocks it, at least one member of each side agrees, and the stances taken on each side reach the quorum of 2\./);

  // Maria blocks, sees what consent would need, then changes her mind while the proposal is open.
  await maria.getByRole('button', { name: 'Block', exact: true }).click();
  await maria.getByText('Your stance: Block.').waitFor();
  const managementTally = maria.locator('.tally-management');
  assert.match(await managementTally.innerText(), /Management does not consent yet\. Still needed:[^]*\b1 block withdrawn/);
  assert.match(await maria.locator('.tally-labor').innerText(), /2 more stances to reach the quorum of 2\s+an agree/);
  await maria.getByRole('button', { name: 'Agree', exact: true }).click();
  await maria.getByText('Your stance: Agree.').waitFor();
  await maria.getByRole('status').filter({ hasText: 'Your stance is recorded: Agree.' }).waitFor();
  assert.equal(await maria.getByRole('button', { name: 'Agree', exact: true }).getAttribute('aria-pressed'), 'true');

  // The other voting members of the committee agree too.
  for (const email of [people.siteRep, people.boardPresident, people.principal]) {
    const person = await apiAs(email);
    await person.post(`/decisions/${decisionId}/stances`, { stance: 'agree' });
    await person.close();
  }

  // James is the last to take a stance, with the keyboard alone.
  await james.goto(decisionUrl);
  await james.getByRole('heading', { level: 2, name: 'The proposal' }).waitFor();
  assert.match(await james.locator('.tally-management').innerText(), /Management consents\./);
  assert.match(await james.locator('.tally-labor').innerText(), /Still needed:\s+1 more stance to reach the quorum of 2/);
  await james.getByLabel('Your reason (optional)').focus();
  await james.keyboard.type('Teachers keep their lunch and the children are safe.');
  await james.keyboard.press('Tab');
  assert.match(await james.evaluate(() => document.activeElement?.textContent ?? ''), /Agree$/);
  await james.keyboard.press('Enter');
  await james.getByText(/^Adopted on .+, with the consent of both sides\.$/).waitFor();
  const adopted = await pageText(james);
  assert.match(adopted, /Labor consents\./);
  assert.match(adopted, /Staff participation\s+Joint: decided together/);
  assert.match(adopted, /Contract articles and MOUs\s+Article 12\.3\s+MOU 2023-04/);
  assert.match(adopted, /Teachers keep their lunch and the children are safe\./);

  // The log holds it, and its chain checks out.
  await james.getByRole('link', { name: 'Decisions', exact: true }).first().click();
  await james.getByRole('link', { name: /^The decision log/ }).click();
  await james.getByRole('heading', { level: 1, name: 'Decision log' }).waitFor();
  await james.getByText(/^Chain verified: /).waitFor();
  const row = james.locator('table.log tbody tr', { hasText: 'Lunch recess supervision' });
  assert.match(await row.innerText(), /Adopted/);
  assert.match(await row.locator('td').nth(4).innerText(), /^[0-9a-f]{12}…$/);

  // The issue has reached agreement.
  await maria.goto(issueUrl);
  await current(maria).filter({ hasText: 'Agreement' }).waitFor();
  await maria.getByRole('link', { name: 'See the decision' }).waitFor();
  await maria.context().close();
  await james.context().close();
});

test('a labor caucus note is seen by its author and never by management', async () => {
  const raiser = await apiAs(demo.superintendent);
  const issue = await raiser.post('/issues', { body_id: 1, title: 'Professional development days', description: '' });
  await raiser.close();
  const secret = 'Our members would trade one PD day for two planning afternoons.';

  const james = await newPage();
  await signIn(james, server.url, demo.unionPresident);
  await james.goto(`${server.url}/districts/1/issues/${issue.id}`);
  const panel = james.locator('section.caucus');
  await panel.getByRole('heading', { name: 'Labor caucus notes' }).waitFor();
  assert.match(await panel.innerText(), /Labor caucus — only labor members of this body see these notes\./);
  await panel.getByLabel('New note for the labor caucus').fill(secret);
  await panel.getByRole('button', { name: 'Add the note' }).click();
  await panel.getByText(secret).waitFor();
  await james.reload();
  await panel.getByText(secret).waitFor();

  const maria = await newPage();
  await signIn(maria, server.url, demo.superintendent);
  await maria.goto(`${server.url}/districts/1/issues/${issue.id}`);
  await maria.locator('section.caucus').getByRole('heading', { name: 'Management caucus notes' }).waitFor();
  const text = await pageText(maria);
  assert.match(text, /Management caucus — only management members of this body see these notes\./);
  assert.match(text, /Your side has no notes on this yet\./);
  assert.ok(!text.includes(secret), 'the labor note reached a management page');
  assert.ok(!(await maria.content()).includes(secret), 'the labor note is in the management page source');
  await maria.context().close();
  await james.context().close();
});

test('in a body that decides by fist to five, members show 0 to 5 fingers and a low vote holds consent back', async () => {
  const maria = await apiAs(demo.superintendent);
  const body = await maria.post('/bodies', {
    name: 'School calendar committee', level: 'committee', labor_seats: 2, management_seats: 2,
    rule: 'fist_to_five', quorum_per_side: 1, fallback: 'The current calendar stays in place.',
  });
  const { items } = await maria.get('/memberships?limit=200');
  // Each side seats its own president.
  const jamesApi = await apiAs(demo.unionPresident);
  for (const [email, seatedBy] of [[demo.superintendent, maria], [demo.unionPresident, jamesApi]]) {
    const person = items.find((m) => m.email === email);
    await seatedBy.post(`/bodies/${body.id}/members`, { user_id: person.user_id, seat: 'member' });
  }
  await jamesApi.close();
  const proposal = await maria.post('/decisions', {
    body_id: body.id, title: 'Two-week winter break', text: 'Winter break lasts two full weeks.', deadline: inAWeek(),
  });
  await maria.close();

  const james = await newPage();
  await signIn(james, server.url, demo.unionPresident);
  await james.goto(`${server.url}/districts/1/decisions/${proposal.id}`);
  await james.getByRole('heading', { level: 2, name: 'How this body decides: Fist to five' }).waitFor();
  assert.match(await pageText(james), /every vote is 3 or more and the votes on each side reach the quorum of 1\./);
  const fingers = james.getByRole('group', { name: 'Show your fingers, from a fist (0) to 5' }).getByRole('button');
  assert.equal(await fingers.count(), 6);
  assert.equal(await james.getByRole('button', { name: 'Agree', exact: true }).count(), 0);
  await james.getByRole('button', { name: '2: concerns to resolve first' }).click();
  await james.getByText('Your stance: 2: concerns to resolve first.').waitFor();
  assert.match(await james.locator('.tally-labor').innerText(), /Still needed:\s+1 vote below 3 raised to 3 or more/);
  await james.getByRole('button', { name: '4: I support it' }).click();
  await james.getByText('Your stance: 4: I support it.').waitFor();
  await james.locator('.tally-labor').getByText('Labor consents.').waitFor();
  await james.context().close();
});

// An issue at the scoring step with a matrix, an open proposal, and an adopted one in the log.
async function seed() {
  const maria = await apiAs(demo.superintendent);
  const james = await apiAs(demo.unionPresident);
  // The committee moves on when both sides say they are ready.
  const moveOn = async (path, step) => {
    await maria.post(`${path}/step`, { step });
    await james.post(`${path}/step`, { step });
  };
  const issue = await maria.post('/issues', {
    body_id: 1, title: 'Class size in kindergarten', description: 'Kindergarten classes have grown to 28.',
    references: ['Article 7'],
  });
  const path = `/issues/${issue.id}`;
  await moveOn(path, 'interests');
  await maria.post(`${path}/interests`, { text: 'Attention for every child', side: 'shared' });
  await maria.post(`${path}/interests`, { text: 'A balanced budget', side: 'management' });
  await moveOn(path, 'options');
  const option = await maria.post(`${path}/options`, { text: 'A second aide in classes above 24' });
  await maria.post(`${path}/options`, { text: 'Open one more kindergarten class' });
  await moveOn(path, 'criteria');
  const criterion = await maria.post(`${path}/criteria`, { text: 'Cost', weight: 3 });
  await maria.post(`${path}/criteria`, { text: 'Learning time', weight: 4 });
  await moveOn(path, 'scoring');
  await maria.post(`${path}/scores`, { option_id: option.id, criterion_id: criterion.id, score: 3 });
  const open = await maria.post('/decisions', {
    body_id: 1, title: 'Weekly partnership walk-throughs', text: 'The co-chairs visit one school together each week.',
    deadline: inAWeek(), articles: ['MOU 2024-02'], metrics: ['Teacher retention'],
  });
  const adopted = await maria.post('/decisions', {
    body_id: 1, title: 'Joint welcome for new teachers', text: 'Both presidents welcome new teachers together in August.',
    deadline: inAWeek(), participation: 'consulted',
  });
  await maria.post(`/decisions/${open.id}/stances`, { stance: 'agree' });
  await maria.close();
  await james.close();
  for (const email of [demo.superintendent, demo.unionPresident, people.siteRep, people.boardPresident, people.principal]) {
    const person = await apiAs(email);
    await person.post(`/decisions/${adopted.id}/stances`, { stance: 'agree', reason: 'A good start.' });
    await person.close();
  }
  return [
    '/districts/1/issues', `/districts/1${path}`, '/districts/1/decisions', `/districts/1/decisions/${open.id}`,
    `/districts/1/decisions/${adopted.id}`, '/districts/1/decisions/log',
  ];
}

let seeded;
const seededPages = async () => (seeded ??= seed());

for (const locale of ['en', 'es']) {
  test(`the issue and decision pages have no accessibility violations in ${locale}`, async () => {
    const pages = await seededPages();
    const page = await newPage(locale);
    await signIn(page, server.url, demo.unionPresident);
    await chooseLanguage(page, locale);
    try {
      for (const path of pages) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
        assert.deepEqual(await accessibilityViolations(page), [], path);
      }
      // The matrix's inputs and the stance buttons were on the pages checked.
      await page.goto(`${server.url}${pages[1]}`);
      await page.locator('input.score-input').first().waitFor();
      await page.goto(`${server.url}${pages[3]}`);
      await page.locator('.stance-buttons button').first().waitFor();
    } finally {
      await chooseLanguage(page, 'en');
      await page.context().close();
    }
  });
}

test('the issue and decision pages in Spanish show no English string', async () => {
  const pages = await seededPages();
  const en = messages('en');
  const es = messages('es');
  const english = Object.entries(en)
    .filter(([key, value]) => value !== es[key] && value.length >= 4 && !value.includes('{'))
    .map(([, value]) => value);
  const page = await newPage('es');
  await signIn(page, server.url, demo.superintendent);
  await chooseLanguage(page, 'es');
  try {
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const text = await pageText(page);
      const lines = text.split('\n').map((l) => l.trim());
      assert.deepEqual(english.filter((s) => lines.includes(s)), [], path);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
    }
    // Spanish words where the API gives counts: what consent still needs, the chain check.
    await page.goto(`${server.url}${pages[3]}`);
    await page.getByText('1 postura más para llegar al quórum de 2').first().waitFor();
    await page.goto(`${server.url}${pages[5]}`);
    await page.getByText(/^Cadena verificada: /).waitFor();
  } finally {
    await chooseLanguage(page, 'en');
    await page.context().close();
  }
});
