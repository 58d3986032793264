// Invitations in a real Chromium: nobody joins a district without accepting, an existing account
// accepts from its own session, and the inviter is told whether the email went.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, addAccount, apiAs, demo, launchBrowser, signIn, startServer } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ outcomes: false });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the inviter learns that this server sent no email, and sees no link', async () => {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.goto(`${server.url}/districts/1/members`);
  await page.getByRole('heading', { level: 2, name: 'Invite a person' }).waitFor();
  const form = page.locator('form').last();
  // The superintendent leads management: the form offers only that side and neutral, never labor.
  const sides = await form.getByRole('combobox', { name: /^Side/ }).locator('option').allInnerTexts();
  assert.deepEqual(sides.map((s) => s.toLowerCase()), ['management', 'neutral']);
  await form.getByLabel('Name').fill('Nora Newcomer');
  await form.getByLabel('Email').fill('nora@example.org');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  const status = page.getByRole('status').filter({ hasText: /Email is not configured on this server/ });
  await status.waitFor();
  const text = await status.innerText();
  assert.match(text, /accord user add --email nora@example\.org/);
  assert.doesNotMatch(text, /\/invitation\//);
  await page.context().close();
});

test('an invited person with an account accepts on the home page and joins the district', async () => {
  addAccount(server, 'omar.new@example.org', 'Omar New', 'a long enough password');
  const maria = await apiAs(browser, server.url, demo.superintendent);
  await maria.post('/invitations', { email: 'omar.new@example.org', name: 'Omar New', side: 'management', role: 'principal' });
  await maria.close();

  const page = await (await browser.newContext()).newPage();
  await signIn(page, server.url, 'omar.new@example.org', 'a long enough password');
  const invitations = page.getByRole('region', { name: 'Invitations for you' });
  await invitations.getByText(/invites you to .*, Management side, as Principal/i).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await invitations.getByRole('button', { name: /^Accept: join / }).click();
  await page.waitForURL(/\/districts\/1/);
  await page.goto(`${server.url}/`);
  await page.locator('main a[href="/districts/1"]').waitFor();
  assert.equal(await page.getByRole('region', { name: 'Invitations for you' }).count(), 0);
  await page.context().close();
});

test('the emailed link asks a person with an account to sign in first, then to accept as themselves', async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/invitation/not-a-real-token`);
  await page.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'I am new to Accord' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('button', { name: 'Sign in to accept' }).click();
  await page.getByLabel('Email').fill(demo.unionPresident);
  await page.getByLabel('Password').fill('accord-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(/^You are signed in as .* Accept the invitation to join the district\?$/).waitFor();
  assert.match(page.url(), /\/invitation\/not-a-real-token$/);
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  await page.getByRole('alert').getByText(/this invitation link is not valid/).waitFor();
  await page.getByText(/sign out and open the link again/).waitFor();
  await page.context().close();
});
