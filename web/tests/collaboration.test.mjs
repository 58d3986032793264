// Action items, joint communications and the district home, in a real Chromium against a real server.
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

async function signedIn(email, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  return page;
}

// Presses Tab until the element has the focus.
async function tabTo(page, locator) {
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    if (await locator.evaluate((e) => e === document.activeElement)) return;
  }
  assert.fail('Tab never reached the element');
}

const settled = (page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

test('a co-chair creates an action item and marks it done with the keyboard alone', async () => {
  const page = await signedIn(demo.superintendent);
  await page.goto(`${server.url}/districts/1`);
  const tab = page.getByRole('link', { name: 'Action items', exact: true });
  await tab.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Action items' }).waitFor();

  const title = 'Share the budget timeline with every site team';
  await page.getByLabel('What is to be done').focus();
  await page.keyboard.type(title);
  await page.keyboard.press('Tab'); // owner: the person creating it
  assert.equal(await page.getByLabel('Owner').evaluate((e) => e.selectedOptions[0].text), 'Maria Delgado (management)');
  await page.keyboard.press('Tab'); // due date: month, day, year
  await page.keyboard.type('03152031');
  const body = page.getByRole('region', { name: 'New action item' }).getByLabel('Joint body');
  await tabTo(page, body); // past the date's calendar button, where the browser has one
  await page.keyboard.press('ArrowDown');
  assert.equal(await body.evaluate((e) => e.selectedOptions[0].text), 'District Labor-Management Committee');
  await tabTo(page, page.getByRole('button', { name: 'Create the action item' }));
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: `Action item “${title}” created.` }).waitFor();

  const item = page.getByRole('listitem').filter({ hasText: title });
  assert.match(await item.innerText(), /Open/);
  assert.match(await item.innerText(), /Owner: Maria Delgado/);
  assert.match(await item.innerText(), /Due Mar 15, 2031/);
  assert.doesNotMatch(await item.innerText(), /Overdue/);

  await page.getByRole('button', { name: `Mark done: ${title}` }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: `“${title}” is now: Done.` }).waitFor();
  await item.getByRole('button', { name: `Reopen: ${title}` }).waitFor();
  assert.match(await item.innerText(), /Done/);
  // The focus stays on the item whose button went away.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), title);

  // It is done for anyone who looks.
  await page.reload();
  await page.getByRole('listitem').filter({ hasText: title }).getByRole('button', { name: `Reopen: ${title}` }).waitFor();
  await page.context().close();
});

test('an overdue item shows as overdue, in words, and the overdue filter finds it', async () => {
  const page = await signedIn(demo.unionPresident);
  await page.goto(`${server.url}/districts/1/actions`);
  await page.getByRole('heading', { level: 1, name: 'Action items' }).waitFor();
  const title = 'Send the survey results to the members';
  await page.getByLabel('What is to be done').fill(title);
  await page.getByLabel('Due date').fill('2020-01-15');
  await page.getByRole('button', { name: 'Create the action item' }).click();
  await page.getByRole('status').filter({ hasText: `Action item “${title}” created.` }).waitFor();
  const item = page.getByRole('listitem').filter({ hasText: title });
  assert.match(await item.innerText(), /Overdue/);
  assert.match(await item.innerText(), /Was due Jan 15, 2020/);

  // Overdue are this one and the demo's own, the principal's.
  await page.getByLabel('Only overdue items').check();
  await page.getByText('Items shown: 2').waitFor();
  await item.waitFor();
  assert.equal(new URL(page.url()).search, '?overdue=true');
  await page.getByLabel('Whose').selectOption('me');
  await item.waitFor();
  await page.getByRole('search').getByLabel('Status').selectOption('done');
  await page.getByText('No action items match these filters.').waitFor();

  // The address keeps the filters, so the page opens filtered.
  await page.goto(`${server.url}/districts/1/actions?overdue=true`);
  await page.getByText('Items shown: 2').waitFor();
  assert.equal(await page.getByLabel('Only overdue items').isChecked(), true);
  await page.context().close();
});

test('a communication drafted by the union president is signed by both co-chairs, published and read', async () => {
  const title = 'Together on the new school calendar';
  const president = await signedIn(demo.unionPresident);
  await president.goto(`${server.url}/districts/1/communications`);
  await president.getByRole('heading', { level: 1, name: 'Joint communications' }).waitFor();
  await president.getByText('Nothing has been published yet.').waitFor();
  await president.getByLabel('From the joint body').selectOption({ label: 'District Labor-Management Committee' });
  await president.getByLabel('Title', { exact: true }).fill(title);
  await president.getByLabel('Text', { exact: true }).fill('Dear colleagues,\n\nThe district and the union have agreed the calendar together.');
  await president.getByRole('button', { name: 'Save the draft' }).click();
  await president.getByRole('heading', { level: 1, name: title }).waitFor();
  const presidentUrl = president.url();
  await president.getByText('Draft', { exact: true }).waitFor();
  await president.getByRole('button', { name: 'Sign this communication' }).click();
  await president.getByRole('status').filter({ hasText: 'You have signed. It waits for the other co-chair’s signature.' })
    .waitFor();
  const signatures = president.locator('section').filter({ has: president.getByRole('heading', { name: 'Signatures' }) });
  assert.match(await signatures.innerText(), /Labor co-chair: James Okafor — signed/);
  assert.match(await signatures.innerText(), /Management co-chair: Maria Delgado — not signed yet/);
  assert.equal(await president.getByRole('heading', { name: 'Who has read it' }).count(), 0);

  const superintendent = await signedIn(demo.superintendent);
  await superintendent.goto(`${server.url}/districts/1/communications`);
  const row = superintendent.getByRole('region', { name: 'Drafts' }).getByRole('listitem').filter({ hasText: title });
  await row.getByText('Awaits your signature').waitFor();
  // The home page tells the superintendent that it waits for her signature.
  await superintendent.goto(`${server.url}/districts/1`);
  const toSign = superintendent.getByRole('region', { name: /Waiting for your signature/ });
  await toSign.getByRole('link', { name: title }).click();
  await superintendent.getByRole('heading', { level: 1, name: title }).waitFor();
  assert.equal(superintendent.url(), presidentUrl);
  await superintendent.getByRole('button', { name: 'Sign this communication' }).click();
  await superintendent.getByRole('status')
    .filter({ hasText: 'Both co-chairs have signed: the communication is published.' }).waitFor();
  await superintendent.getByText('Published', { exact: true }).waitFor();
  await superintendent.getByRole('heading', { name: 'Who has read it' }).waitFor();
  assert.equal(await superintendent.getByRole('button', { name: 'Sign this communication' }).count(), 0);
  assert.equal(await superintendent.getByRole('button', { name: 'Edit the draft' }).count(), 0);
  await superintendent.getByRole('link', { name: 'Overview' }).click();
  await toSign.getByText('Nothing is waiting for your signature.').waitFor();

  // The president opens it again, now published: that marks it read by him.
  await president.reload();
  await president.getByText('Published', { exact: true }).waitFor();
  const presidentReaders = president.getByRole('region', { name: 'Who has read it' });
  await presidentReaders.getByText(/James Okafor/).waitFor();

  // The superintendent sees that he has read it.
  await superintendent.goto(presidentUrl);
  const readers = superintendent.getByRole('region', { name: 'Who has read it' });
  await readers.getByText(/James Okafor/).waitFor();
  await readers.getByText('Read by 2').waitFor();
  assert.match(await readers.innerText(), /Maria Delgado/);

  // The list shows it published.
  await superintendent.goto(`${server.url}/districts/1/communications`);
  await superintendent.getByRole('region', { name: 'Published' }).getByRole('link', { name: title }).waitFor();
  await superintendent.getByText('No drafts in your joint bodies.').waitFor();
  await president.context().close();
  await superintendent.context().close();
});

test('a draft is edited, which asks both co-chairs to sign again', async () => {
  const page = await signedIn(demo.superintendent);
  await page.goto(`${server.url}/districts/1/communications`);
  await page.getByLabel('From the joint body').selectOption({ label: 'District Labor-Management Committee' });
  await page.getByLabel('Title', { exact: true }).fill('Site team training dates');
  await page.getByLabel('Text', { exact: true }).fill('Training is on three Saturdays in the fall.');
  await page.getByRole('button', { name: 'Save the draft' }).click();
  await page.getByRole('heading', { level: 1, name: 'Site team training dates' }).waitFor();
  await page.getByRole('button', { name: 'Sign this communication' }).click();
  await page.getByRole('status').filter({ hasText: 'You have signed.' }).waitFor();
  await page.getByRole('button', { name: 'Edit the draft' }).click();
  await page.getByText('Saving a change removes the signatures already given').waitFor();
  await page.getByLabel('Text', { exact: true }).fill('Training is on three Saturdays in October.');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await page.getByRole('status').filter({ hasText: 'The draft is saved.' }).waitFor();
  await page.getByText('Training is on three Saturdays in October.').waitFor();
  const signatures = page.getByRole('region', { name: 'Signatures' });
  assert.match(await signatures.innerText(), /Management co-chair: Maria Delgado — not signed yet/);
  await page.getByRole('button', { name: 'Sign this communication' }).waitFor();
  await page.context().close();
});

test('the home page shows what needs a co-chair, each linked to where they act', async () => {
  const page = await signedIn(demo.unionPresident);
  await page.goto(`${server.url}/districts/1`);
  await page.getByRole('heading', { level: 2, name: 'What needs you' }).waitFor();
  await settled(page);
  // His own overdue item from the test above.
  const overdue = page.getByRole('region', { name: /Overdue action items/ });
  const item = overdue.getByRole('listitem').filter({ hasText: 'Send the survey results to the members' });
  assert.match(await item.innerText(), /Yours/);
  // The draft the superintendent signed waits for him.
  const toSign = page.getByRole('region', { name: /Waiting for your signature/ });
  await toSign.getByRole('link', { name: 'Site team training dates' }).waitFor();
  // He has read the published one: nothing unread.
  await page.getByRole('region', { name: /Unread communications/ }).getByText('You have read every joint communication.')
    .waitFor();
  assert.match(await page.locator('.home-summary').innerText(), /things need you\./);
  // The demographics are still below.
  await page.getByRole('heading', { level: 2, name: 'Demographics' }).waitFor();

  await item.getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: 'Action items' }).waitFor();
  assert.equal(await page.getByLabel('Only overdue items').isChecked(), true);

  // A person with nothing waiting sees it said plainly.
  const rep = await signedIn('site.rep@demo.accord.example');
  await rep.goto(`${server.url}/districts/1`);
  await settled(rep);
  await rep.getByRole('region', { name: /Waiting for your signature/ }).getByText('Nothing is waiting for your signature.')
    .waitFor();
  // Opening an unread communication from the home page marks it read.
  const unread = rep.getByRole('region', { name: /Unread communications/ });
  const read = rep.waitForResponse((r) => r.url().endsWith('/read') && r.ok());
  await unread.getByRole('link', { name: 'Together on the new school calendar' }).click();
  await rep.getByRole('heading', { level: 1, name: 'Together on the new school calendar' }).waitFor();
  await read;
  await rep.getByRole('link', { name: 'Overview' }).click();
  await unread.getByText('You have read every joint communication.').waitFor();
  await rep.context().close();
  await page.context().close();
});

const pages = ['/districts/1', '/districts/1/actions', '/districts/1/communications', '/districts/1/communications/1'];

for (const locale of ['en', 'es']) {
  test(`the home, action and communication pages have no accessibility violations in ${locale}`, async () => {
    const page = await signedIn(demo.unionPresident, { locale: locale === 'es' ? 'es-ES' : 'en-US' });
    await chooseLanguage(page, locale);
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settled(page);
      assert.deepEqual(await accessibilityViolations(page), [], path);
    }
    // The forms that open on demand, and the phone width.
    await page.goto(`${server.url}/districts/1/communications/2`);
    await page.getByRole('button', { name: /^(Edit the draft|Editar el borrador)$/ }).click();
    await page.setViewportSize({ width: 390, height: 844 });
    assert.deepEqual(await accessibilityViolations(page), [], 'editing a draft');
    await page.goto(`${server.url}/districts/1/actions`);
    await settled(page);
    assert.deepEqual(await accessibilityViolations(page), [], 'actions on a phone');
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
  const page = await signedIn(demo.superintendent, { locale: 'es-ES' });
  await chooseLanguage(page, 'es');
  for (const path of [...pages, '/districts/1/communications/2', '/districts/1/actions?overdue=true']) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settled(page);
    const lines = (await page.locator('body').innerText()).split('\n').map((l) => l.trim());
    const leaked = english.filter((s) => lines.includes(s));
    assert.deepEqual(leaked, [], path);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
  }
  await chooseLanguage(page, 'en');
  await page.context().close();
});
