// The notification centre: a mention made by one side reaches the other side's header at once and
// is listed in words in the centre, in English and in Spanish; opening it leads to the issue and
// marks it read. Two people in two browsers against a real server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, apiAs as sharedApiAs, chooseLanguage, demo, launchBrowser, signIn, startServer } from './support.mjs';

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

const apiAs = (email) => sharedApiAs(browser, server.url, email);

async function signedIn(email, locale, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  if (locale.startsWith('es')) {
    await chooseLanguage(page, 'es');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
  }
  return page;
}

const words = {
  en: {
    bell: /^Notifications(, (\d+) unread)?$/, title: 'Notifications', mentioned: 'Maria Delgado mentioned you in',
    unread: 'Unread', markAll: 'Mark all as read', allRead: 'All your notifications are read.',
  },
  es: {
    bell: /^Avisos(, (\d+) sin leer)?$/, title: 'Avisos', mentioned: 'Maria Delgado le mencionó en',
    unread: 'Sin leer', markAll: 'Marcar todos como leídos', allRead: 'Todos sus avisos están leídos.',
  },
};

// The number the bell's accessible name gives, 0 when it names none.
async function unreadOf(page, w) {
  const name = await page.getByRole('banner').getByRole('link', { name: w.bell }).getAttribute('aria-label');
  const m = w.bell.exec(name ?? '');
  assert.ok(m, `the bell is named "${name}"`);
  return Number(m[2] ?? 0);
}

// In the page: whether the header's bell names `expected` unread notifications.
const countIs = ([expected, pattern]) => {
  const m = new RegExp(pattern).exec(document.querySelector('header a.bell')?.getAttribute('aria-label') ?? '');
  return m !== null && Number(m[2] ?? 0) === expected;
};

for (const [locale, browserLocale, viewport] of [
  ['en', 'en-US', { width: 1280, height: 800 }],
  ['es', 'es-ES', { width: 390, height: 844 }],
]) {
  test(`a mention reaches the other side live and in the notification centre (${locale}, ${viewport.width} px)`, async () => {
    const w = words[locale];
    const raiser = await apiAs(demo.superintendent);
    const title = `Substitute shortage ${locale}`;
    const issue = await raiser.post('/issues', { body_id: 1, title, description: '' });
    await raiser.close();

    // James waits on his district list; nothing new has reached him yet.
    const james = await signedIn(demo.unionPresident, browserLocale, viewport);
    const before = await unreadOf(james, w);

    // Maria mentions him in a comment on the issue, from her own browser.
    const maria = await signedIn(demo.superintendent, 'en-US');
    await maria.goto(`${server.url}/districts/1/issues/${issue.id}`);
    const thread = maria.getByRole('region', { name: 'Discussion' });
    await thread.getByText('No comments yet.').waitFor();
    await thread.getByLabel('Your comment').fill('Could the union help us find substitutes?');
    await thread.getByLabel('Mention a member of the body').selectOption({ label: 'James Okafor' });
    await thread.getByRole('button', { name: 'Mention', exact: true }).click();
    await thread.getByRole('button', { name: 'Post the comment' }).click();
    await thread.getByRole('status').filter({ hasText: 'Comment posted.' }).waitFor();

    // His header counts it without a reload.
    const bell = james.getByRole('banner').getByRole('link', { name: w.bell });
    await james.waitForFunction(countIs, [before + 1, w.bell.source], { timeout: 3000 });
    assert.equal(await unreadOf(james, w), before + 1);

    // The centre lists it in words, unread.
    await bell.click();
    await james.getByRole('heading', { level: 1, name: w.title }).waitFor();
    const item = james.getByRole('listitem').filter({ hasText: title });
    await item.waitFor();
    assert.match(await item.innerText(), new RegExp(`${w.mentioned} ${title}`));
    assert.match(await item.innerText(), new RegExp(w.unread));
    assert.equal(await james.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    assert.deepEqual(await accessibilityViolations(james), []);

    // Opening it leads to the issue and marks it read.
    await item.getByRole('link').click();
    await james.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.equal(new URL(james.url()).pathname, `/districts/1/issues/${issue.id}`);
    await james.waitForFunction(countIs, [before, w.bell.source], { timeout: 3000 });
    await bell.click();
    const read = james.getByRole('listitem').filter({ hasText: title });
    await read.waitFor();
    assert.doesNotMatch(await read.innerText(), new RegExp(w.unread));

    // Mark all as read empties the count.
    const markAll = james.getByRole('button', { name: w.markAll });
    if (await markAll.isEnabled()) {
      await markAll.click();
      await james.getByRole('status').filter({ hasText: w.allRead }).waitFor();
    }
    await james.waitForFunction(countIs, [0, w.bell.source], { timeout: 3000 });
    await maria.context().close();
    await james.context().close();
  });
}
