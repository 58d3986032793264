// The score matrix with two people at it, labor and management, each in a browser of their own: every
// score shows who set it, and a cell someone else changes while the other is choosing is shown to
// them, to keep or to replace, rather than written over unseen.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessibilityViolations, apiAs, demo, messages, serverAndBrowser, signIn } from './support.mjs';

const live = serverAndBrowser();

// An issue of the district committee at the scoring step, with two options and two criteria.
async function scoringIssue(title) {
  const maria = await apiAs(live.browser, live.server.url, demo.superintendent);
  const james = await apiAs(live.browser, live.server.url, demo.unionPresident);
  const issue = await maria.post('/issues', { body_id: 1, title, description: '' });
  const path = `/issues/${issue.id}`;
  // The committee moves on when both sides say they are ready.
  const moveOn = async (step) => {
    await maria.post(`${path}/step`, { step });
    await james.post(`${path}/step`, { step });
  };
  await moveOn('interests');
  await moveOn('options');
  await maria.post(`${path}/options`, { text: 'Stagger the lunch periods' });
  await maria.post(`${path}/options`, { text: 'Hire two more campus aides' });
  await moveOn('criteria');
  await maria.post(`${path}/criteria`, { text: 'Cost', weight: 2 });
  await maria.post(`${path}/criteria`, { text: 'Student safety', weight: 5 });
  await moveOn('scoring');
  await maria.close();
  await james.close();
  return `${live.server.url}/districts/1${path}`;
}

async function openAs(email, url, locale = 'en-US') {
  const context = await live.browser.newContext({ locale });
  const page = await context.newPage();
  await signIn(page, live.server.url, email);
  await page.goto(url);
  await page.locator('input.score-input').first().waitFor();
  return page;
}

const cellLabel = 'Score of “Stagger the lunch periods” against “Cost”';
const cell = (page) => page.getByLabel(cellLabel);
const total = (page) => page.locator('table.matrix tr', { hasText: 'Stagger the lunch periods' }).locator('td.total');
// Waits until the focus is on the cell.
const focusReturnsTo = (page) =>
  page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label, cellLabel);
// What a screen reader says of who set the cell's score, and what the eye sees under it.
const setBy = async (page) => ({
  said: await page.locator('td', { has: cell(page) }).locator('.scored-by .visually-hidden').textContent(),
  seen: await page.locator('td', { has: cell(page) }).locator('.scored-by [aria-hidden="true"]').innerText(),
});

// Types a score into the cell and leaves it, which saves it.
async function score(page, value) {
  await cell(page).fill(value);
  await page.keyboard.press('Tab');
}

test('a score changed by the other side while one is choosing is shown, and either score can be kept', async () => {
  const url = await scoringIssue('Lunch duty rotation');
  const james = await openAs(demo.unionPresident, url);
  const maria = await openAs(demo.superintendent, url);

  // Maria starts choosing a score for the cell, and James sets it meanwhile.
  await cell(maria).fill('2');
  await score(james, '4');
  await james.getByRole('status').filter({ hasText: 'Saved: “Stagger the lunch periods” scores 4 against “Cost”.' }).waitFor();
  // Maria's page takes in James's score (the row's total) but leaves the cell she is in alone.
  await total(maria).filter({ hasText: /^8\b/ }).waitFor({ timeout: 5000 });
  assert.equal(await cell(maria).inputValue(), '2');

  // Leaving the cell, she is told instead of writing over James's score.
  await maria.keyboard.press('Tab');
  const alert = maria.getByRole('alert').filter({ hasText: 'James Okafor changed this to 4 while you were choosing.' });
  await alert.waitFor();
  // Read out wherever the focus is, so it names the cell.
  assert.equal(await alert.textContent(), `${cellLabel}: James Okafor changed this to 4 while you were choosing.`);
  assert.deepEqual(await accessibilityViolations(maria), []);
  // Nothing was written: James's page still shows his own score.
  assert.equal(await cell(james).inputValue(), '4');

  // She keeps her own score after all: it is saved over his, and the focus goes back to the cell.
  await maria.getByRole('button', { name: 'Use my 2' }).click();
  await maria.getByRole('status').filter({ hasText: 'Saved: “Stagger the lunch periods” scores 2 against “Cost”.' }).waitFor();
  await alert.waitFor({ state: 'detached' });
  await focusReturnsTo(maria);
  assert.equal(await cell(maria).inputValue(), '2');

  // James's page shows her score, and that she set it.
  await total(james).filter({ hasText: /^4\b/ }).waitFor({ timeout: 5000 });
  assert.equal(await cell(james).inputValue(), '2');
  const byMaria = await setBy(james);
  assert.equal(byMaria.seen, 'Maria');
  assert.match(byMaria.said, /^Set by Maria Delgado, [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  // The input is described by it.
  const describedBy = await cell(james).getAttribute('aria-describedby');
  assert.equal(await james.locator(`[id="${describedBy}"] .visually-hidden`).textContent(), byMaria.said);

  // Now James is choosing when Maria changes the cell; he keeps her score.
  await cell(james).fill('5');
  await score(maria, '3');
  await maria.getByRole('status').filter({ hasText: 'scores 3 against “Cost”' }).waitFor();
  await total(james).filter({ hasText: /^6\b/ }).waitFor({ timeout: 5000 });
  assert.equal(await cell(james).inputValue(), '5');
  await james.keyboard.press('Tab');
  await james.getByRole('alert').filter({ hasText: 'Maria Delgado changed this to 3 while you were choosing.' }).waitFor();
  await james.getByRole('button', { name: 'Use my 5' }).waitFor();
  await james.getByRole('button', { name: 'Keep 3' }).click();
  await james.getByRole('button', { name: 'Keep 3' }).waitFor({ state: 'detached' });
  await focusReturnsTo(james);
  assert.equal(await cell(james).inputValue(), '3');
  assert.equal((await setBy(james)).seen, 'Maria');

  // Changing one's own score again is no conflict.
  await score(maria, '1');
  await maria.getByRole('status').filter({ hasText: 'scores 1 against “Cost”' }).waitFor();
  assert.equal(await maria.getByRole('alert').count(), 0);
  await maria.context().close();
  await james.context().close();
});

test('who set a score is said in Spanish too', async () => {
  const url = await scoringIssue('Horario de recreo');
  const james = await openAs(demo.unionPresident, url);
  await score(james, '4');
  await james.getByRole('status').filter({ hasText: 'scores 4 against “Cost”' }).waitFor();
  await james.context().close();

  const maria = await openAs(demo.superintendent, url, 'es-ES');
  const language = maria.getByLabel(/^(Language|Idioma)$/);
  const choose = (locale) => Promise.all([
    maria.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH'),
    language.selectOption(locale),
  ]);
  await choose('es');
  try {
    await maria.goto(url);
    const label = messages('es')['issue.scoreLabel']
      .replace('{option}', 'Stagger the lunch periods').replace('{criterion}', 'Cost');
    const spanishCell = maria.getByLabel(label);
    await spanishCell.waitFor();
    const said = await maria.locator('td', { has: spanishCell }).locator('.scored-by .visually-hidden').textContent();
    assert.match(said, /^Puesta por James Okafor, \d{1,2} [a-z]{3,4}\.? \d{4}$/);
    assert.deepEqual(await accessibilityViolations(maria), []);
  } finally {
    await choose('en');
    await maria.context().close();
  }
});
