// The partnership analysis page, in a real Chromium against a real server. (The model's numbers
// are checked on known data by the API tests; here: the page, its questions and its states.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, demo, launchBrowser, messages, signIn, startServer } from './support.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ outcomes: false }); // no survey or outcome history: the tests write their own
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const settled = (page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

async function analysisPage(locale = 'en') {
  const context = await browser.newContext({ locale: locale === 'es' ? 'es-ES' : 'en-US' });
  const page = await context.newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.goto(`${server.url}/districts/1`);
  await page.getByRole('link', { name: /^(Analysis|Análisis)$/ }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settled(page);
  return page;
}

test('without survey results the page says why there is no model yet, and bad years are refused by name', async () => {
  const page = await analysisPage();
  await page.getByRole('heading', { level: 1, name: 'Partnership and student growth' }).waitFor();
  await page.getByText(/^No model yet: /).waitFor();
  assert.match(await page.getByRole('status').innerText(), /no climate survey results yet/);
  // The question asked with the keyboard alone.
  await page.getByLabel('From year').focus();
  await page.keyboard.type('2024');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2020');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').filter({ hasText: /^from: / }).waitFor();
  await page.getByLabel('From year').fill('2019');
  await page.getByLabel('To year').fill('2023');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.getByRole('status').filter({ hasText: /2019 to 2023/ }).waitFor();
  await page.context().close();
});

for (const locale of ['en', 'es']) {
  test(`the analysis page has no accessibility violations in ${locale}`, async () => {
    const page = await analysisPage(locale);
    if (locale === 'es') {
      await page.getByLabel('Language').selectOption('es');
      await page.getByRole('heading', { level: 1, name: 'La colaboración y el progreso de los estudiantes' }).waitFor();
    }
    assert.deepEqual(await accessibilityViolations(page), []);
    if (locale === 'es') {
      const en = messages('en');
      const es = messages('es');
      const english = Object.entries(en)
        .filter(([key, value]) => key.startsWith('analysis.') && value !== es[key] && value.length >= 4 && !value.includes('{'))
        .map(([, value]) => value);
      const lines = (await page.locator('main').innerText()).split('\n').map((l) => l.trim());
      assert.deepEqual(english.filter((s) => lines.includes(s)), []);
      await page.getByLabel('Idioma').selectOption('en');
    }
    await page.context().close();
  });
}
