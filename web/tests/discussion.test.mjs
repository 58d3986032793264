// The discussion under issues, proposals and communications, and their live pages: two people in two
// browsers, one in English and one in Spanish, against a real server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  accessibilityViolations,
  apiAs as sharedApiAs,
  chooseLanguage,
  demo,
  launchBrowser,
  signIn,
  startServer,
} from './support.mjs';

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
  // Saved with the account before the next page load, which reads it.
  if (locale.startsWith('es')) await chooseLanguage(page, 'es');
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
  // The committee moves on when both sides say they are ready.
  await raiser.post(`/issues/${issue.id}/step`, { step: 'interests' });
  const labor = await apiAs(demo.unionPresident);
  await labor.post(`/issues/${issue.id}/step`, { step: 'interests' });
  await labor.close();
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

test('an adopted decision lists the action items that carry it out, and a member adds one there', async () => {
  // A small body of the two presidents adopts a decision.
  const maria = await apiAs(demo.superintendent);
  const james = await apiAs(demo.unionPresident);
  const body = await maria.post('/bodies', {
    name: 'Attendance working group', level: 'committee', labor_seats: 1, management_seats: 1,
    rule: 'consensus', quorum_per_side: 1, fallback: 'The current practice stays.',
  });
  const { items } = await maria.get('/memberships?limit=200');
  for (const [email, seatedBy] of [[demo.superintendent, maria], [demo.unionPresident, james]]) {
    const person = items.find((m) => m.email === email);
    await seatedBy.post(`/bodies/${body.id}/members`, { user_id: person.user_id, seat: 'member' });
  }
  const proposal = await maria.post('/decisions', {
    body_id: body.id, title: 'Call home on the second absence', text: 'Schools call home on a second absence.',
    deadline: Math.floor(Date.now() / 1000) + 7 * 86400,
  });
  await maria.post(`/decisions/${proposal.id}/stances`, { stance: 'agree' });
  const adopted = await james.post(`/decisions/${proposal.id}/stances`, { stance: 'agree' });
  assert.equal(adopted.status, 'adopted');
  await maria.close();
  const page = await signedIn(demo.superintendent, 'en-US');
  await page.goto(`${server.url}/districts/1/decisions/${adopted.id}`);
  const section = page.getByRole('region', { name: 'Carrying it out' });
  await section.getByRole('heading', { name: 'Add an action item for this decision' }).waitFor();
  const title = `Brief every site on “${adopted.title}”`;
  await section.getByLabel('What is to be done').fill(title);
  await section.getByLabel('Owner').selectOption({ label: 'James Okafor' });
  await section.getByLabel('Due date').fill('2031-09-15');
  await section.getByRole('button', { name: 'Create the action item' }).click();
  const item = section.getByRole('listitem').filter({ hasText: title });
  await item.waitFor();
  assert.match(await item.innerText(), /Owner: James Okafor/);
  // It is one of the district's action items, linked to the decision.
  const linked = await james.get(`/action-items?decision=${adopted.id}`);
  assert.ok(linked.items.some((a) => a.title === title && a.decision_id === adopted.id));
  await james.close();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.context().close();
});
