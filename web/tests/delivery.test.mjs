// What the browser downloads: the interface's scripts precompressed, the first page light, and
// large answers revalidated rather than sent again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demo, demoPassword, launchBrowser, signIn, startServer } from './support.mjs';

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

const firstPageBudget = 40 * 1024; // bytes of JavaScript, compressed, before the first page shows

// Opens `path` in a fresh page of `context` and returns the scripts it fetched until `ready` shows:
// [{ url, encoding, bytes }], bytes as they travelled.
async function scriptsOf(context, path, ready) {
  const page = await context.newPage();
  const scripts = [];
  page.on('requestfinished', async (request) => {
    if (request.resourceType() !== 'script') return;
    const response = await request.response();
    const sizes = await request.sizes();
    scripts.push({ url: request.url(), encoding: response.headers()['content-encoding'] ?? 'identity',
      bytes: sizes.responseBodySize });
  });
  await page.goto(`${server.url}${path}`);
  await ready(page).waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return scripts;
}

const total = (scripts) => scripts.reduce((sum, s) => sum + s.bytes, 0);
const describe = (scripts) => `${total(scripts)} bytes: ` +
  scripts.map((s) => `${s.url.split('/').pop()} ${s.encoding} ${s.bytes}`).join(', ');

test('the sign-in page comes with its scripts compressed and within the budget', async (t) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const scripts = await scriptsOf(context, '/', (page) => page.getByRole('heading', { name: 'Sign in' }));
  t.diagnostic(describe(scripts));
  assert.ok(scripts.length > 0);
  for (const s of scripts) assert.match(s.encoding, /^(br|gzip)$/, `${s.url} went ${s.encoding}`);
  assert.ok(total(scripts) <= firstPageBudget, `the sign-in page fetched ${describe(scripts)}`);
  await context.close();
});

test('a district home opened from a bookmark stays within the budget', async (t) => {
  // Signed in without opening a page, so that nothing is in the browser's cache yet.
  const context = await browser.newContext({ locale: 'en-US' });
  const login = await context.request.post(`${server.url}/api/v1/auth/login`,
    { data: { email: demo.superintendent, password: demoPassword } });
  assert.equal(login.status(), 200);
  const scripts = await scriptsOf(context, '/districts/1',
    (p) => p.getByText('You are superintendent (management).'));
  t.diagnostic(describe(scripts));
  assert.ok(total(scripts) <= firstPageBudget, `the district home fetched ${describe(scripts)}`);
  await context.close();
});

test('the outcomes answer is revalidated, not sent again, when it has not changed', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await signIn(page, server.url, demo.superintendent);
  const first = await context.request.get(`${server.url}/api/v1/districts/1/outcomes`);
  assert.equal(first.status(), 200);
  const etag = first.headers().etag;
  assert.ok(etag, 'the outcomes answer has an ETag');
  const again = await context.request.get(`${server.url}/api/v1/districts/1/outcomes`,
    { headers: { 'If-None-Match': etag } });
  assert.equal(again.status(), 304);
  await context.close();
});
