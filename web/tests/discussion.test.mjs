// The discussion under issues, proposals and communications, and their live pages: two people in two
// browsers, one in English and one in Spanish, against a real server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, apiAs as sharedApiAs, demo, launchBrowser, signIn, startServer } from './support.mjs';

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

async function signedIn(email, locale) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await signIn(page, server.url, email);
  if (locale.startsWith('es')) await page.getByLabel('Language').selectOption('es');
  return page;
}

test('a comment with a mention reaches the other side at once, safely rendered, in either language', async () => {
  const raiser = await apiAs(demo.unionPresident);
  const issue = await raiser.post('/issues', { body_id: 1, title: 'Substitute coverage on Fridays', description: '' });
  await raiser.close();
  const path = `${server.url}/districts/1/issues/${issue.id}`;

  const james = await signedIn(demo.unionPresident, 'es-ES');
  await james.goto(path);
  const jamesThread = james.getByRole('region', { name: 'Conversación' });
  await jamesThread.getByText('Todavía no hay comentarios.').waitFor();
  await jamesThread.getByText('En vivo: los comentarios nuevos aparecen al publicarse.').waitFor();

  const maria = await signedIn(demo.superintendent, 'en-US');
  await maria.goto(path);
  const thread = maria.getByRole('region', { name: 'Discussion' });
  await thread.getByText('No comments yet.').waitFor();
  await thread.getByLabel('Your comment').fill(
    'Could we **pilot it in March**? See [the plan](https://example.org/plan) and [this](javascript:alert(1))');
  await thread.getByLabel('Mention a member of the body').selectOption({ label: 'James Okafor' });
  await thread.getByRole('button', { name: 'Mention', exact: true }).click();
  assert.match(await thread.getByLabel('Your comment').inputValue(), /@James Okafor $/);
  await thread.getByRole('button', { name: 'Post the comment' }).click();
  await thread.getByRole('status').filter({ hasText: 'Comment posted.' }).waitFor();

  // James's page shows it without being reloaded.
  const comment = jamesThread.getByRole('listitem').filter({ hasText: 'Maria Delgado' });
  await comment.waitFor({ timeout: 5000 });
  assert.equal(await comment.locator('strong', { hasText: 'pilot it in March' }).count(), 1);
  assert.equal(await comment.locator('.mention', { hasText: '@James Okafor' }).count(), 1);
  assert.equal(await comment.getByRole('link', { name: 'the plan' }).getAttribute('href'), 'https://example.org/plan');
  // A javascript: address is not made a link.
  assert.equal(await comment.getByRole('link', { name: 'this' }).count(), 0);
  assert.match(await comment.innerText(), /\[this\]\(javascript:alert\(1\)\)/);
  assert.deepEqual(await accessibilityViolations(james), []);
  assert.deepEqual(await accessibilityViolations(maria), []);

  // He answers; she sees it at once.
  await jamesThread.getByLabel('Su comentario').fill('De acuerdo, empecemos en marzo.');
  await jamesThread.getByRole('button', { name: 'Publicar el comentario' }).click();
  await thread.getByRole('listitem').filter({ hasText: 'De acuerdo, empecemos en marzo.' }).waitFor({ timeout: 5000 });
  await maria.context().close();
  await james.context().close();
});

test('an interest added by the other side appears on an open issue without reloading', async () => {
  const raiser = await apiAs(demo.superintendent);
  const issue = await raiser.post('/issues', { body_id: 1, title: 'Late bus routes', description: '' });
  await raiser.post(`/issues/${issue.id}/step`, { step: 'interests' });
  const maria = await signedIn(demo.superintendent, 'en-US');
  await maria.goto(`${server.url}/districts/1/issues/${issue.id}`);
  await maria.getByRole('region', { name: 'Discussion' }).getByText('Live: new comments appear as they are posted.').waitFor();
  const james = await apiAs(demo.unionPresident);
  await james.post(`/issues/${issue.id}/interests`, { text: 'Students on the late bus get home safely', side: 'labor' });
  await maria.getByText('Students on the late bus get home safely').waitFor({ timeout: 5000 });
  await james.close();
  await raiser.close();
  await maria.context().close();
});

test('the author edits a comment, then deletes it, and the thread keeps a trace', async () => {
  const raiser = await apiAs(demo.superintendent);
  const issue = await raiser.post('/issues', { body_id: 1, title: 'Parent conference schedule', description: '' });
  await raiser.close();
  const maria = await signedIn(demo.superintendent, 'en-US');
  await maria.goto(`${server.url}/districts/1/issues/${issue.id}`);
  const thread = maria.getByRole('region', { name: 'Discussion' });
  await thread.getByLabel('Your comment').fill('Conferences in Octber');
  await thread.getByRole('button', { name: 'Post the comment' }).click();
  await thread.getByRole('listitem').filter({ hasText: 'Conferences in' }).getByRole('button', { name: 'Edit' }).click();
  await thread.getByLabel('Change your comment').fill('Conferences in October');
  await thread.getByRole('button', { name: 'Save the change' }).click();
  await thread.getByText('Conferences in October').waitFor();
  assert.match(await thread.getByRole('listitem').first().innerText(), /edited/);
  maria.once('dialog', (d) => d.accept());
  await thread.getByRole('button', { name: 'Delete' }).click();
  await thread.getByText(/Comment by Maria Delgado deleted by Maria Delgado/).waitFor();
  assert.equal(await thread.getByText('Conferences in October').count(), 0);
  await maria.context().close();
});
