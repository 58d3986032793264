// Takes the screenshots shown in the README: `node scripts/screenshots.mjs` after a build.
import { join } from 'node:path';
import { demo, launchBrowser, repoRoot, signIn, startServer } from '../tests/support.mjs';

const server = await startServer();
const browser = await launchBrowser();
const out = join(repoRoot, 'docs', 'screenshots');
try {
  const page = await (await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'en-US' })).newPage();
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: join(out, 'sign-in.png') });
  await signIn(page, server.url, demo.superintendent);
  const body = 1;  // the demo's labor–management committee
  for (const [name, path] of [['district', '/districts/1'], ['members', '/districts/1/members'],
    ['body', `/districts/1/bodies/${body}`]]) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  }
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: join(out, 'body-es.png'), fullPage: true });
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 780 }, isMobile: true })).newPage();
  await signIn(phone, server.url, demo.unionPresident);
  await phone.goto(`${server.url}/districts/1/bodies/${body}`);
  await phone.getByRole('heading', { level: 1 }).waitFor();
  await phone.screenshot({ path: join(out, 'body-phone.png'), fullPage: true });
} finally {
  await browser.close();
  await server.stop();
}
