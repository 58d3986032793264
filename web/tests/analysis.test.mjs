// The partnership analysis page, in a real Chromium against a real server. (The model's numbers
// are checked on known data by the API tests; here: the page, its questions, its states and its
// scatter plot of the schools with their least-squares line.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { accessibilityViolations, chooseLanguage, demo, launchBrowser, messages, signIn, startServer } from './support.mjs';

let server;
let demoServer; // the demo district with its schools' outcomes and a climate survey
let browser;

before(async () => {
  server = await startServer({ outcomes: false }); // no survey or outcome history: the tests write their own
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await demoServer?.stop();
});

const settled = (page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

async function analysisPage(locale = 'en', base = server.url) {
  const context = await browser.newContext({ locale: locale === 'es' ? 'es-ES' : 'en-US' });
  const page = await context.newPage();
  await signIn(page, base, demo.superintendent);
  await page.goto(`${base}/districts/1`);
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
      await chooseLanguage(page, 'es');
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
      await chooseLanguage(page, 'en');
    }
    await page.context().close();
  });
}

// The least-squares line through the schools that have both a growth and a partnership score,
// worked out here from the API's answer.
const apiAnalysis = async (page) =>
  (await page.request.get(`${demoServer.url}/api/v1/districts/1/analysis?metric=ela_met`)).json();

function leastSquares(schools) {
  const points = schools.filter((s) => s.growth !== null && s.partnership_score !== null)
    .map((s) => [s.partnership_score, s.growth]);
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(points.map(([x]) => x));
  const my = mean(points.map(([, y]) => y));
  const slope = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0) /
    points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
  return { n: points.length, slope, intercept: my - slope * mx };
}

test('the schools are plotted, growth against partnership score, with their least-squares line', async () => {
  demoServer = await startServer();
  const page = await analysisPage('en', demoServer.url);
  const analysis = await apiAnalysis(page);
  const fit = leastSquares(analysis.schools);
  assert.ok(fit.n >= 3, 'the demo district has schools with both figures');
  const plot = page.getByRole('img', {
    name: /^Scatter plot of growth in ELA: .+ against partnership score at \d+ schools/,
  });
  assert.match(await plot.getAttribute('aria-label'), new RegExp(`at ${fit.n} schools, with the least-squares line`));
  const about = page.locator(`#${await plot.getAttribute('aria-describedby')}`);
  assert.match(await about.innerText(),
    new RegExp(`across these ${fit.n} schools: growth = ${fit.intercept.toFixed(3)} \\+ ${fit.slope.toFixed(3)} × ` +
      'partnership score'));
  // The table stays the text alternative: one row per school, with the growth and score the dots stand for.
  const rows = page.getByRole('region', { name: 'Schools' }).locator('tbody tr');
  assert.equal(await rows.count(), analysis.schools.length);
  const lincoln = analysis.schools.find((s) => s.name === 'Lincoln Elementary');
  assert.match(await rows.filter({ hasText: 'Lincoln Elementary' }).innerText(),
    new RegExp(`^Lincoln Elementary\\s+${lincoln.growth.toFixed(1)}\\s+${lincoln.partnership_score.toFixed(2)}\\s`));
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.context().close();
});

test('the scatter plot in Spanish: its description in Spanish numbers, and no accessibility violation', async () => {
  const page = await analysisPage('es', demoServer.url);
  const language = page.getByLabel(/^(Language|Idioma)$/);
  if ((await language.inputValue()) !== 'es') await language.selectOption('es');
  await page.getByRole('heading', { level: 2, name: 'Progreso según la puntuación de colaboración' }).waitFor();
  const analysis = await apiAnalysis(page);
  const fit = leastSquares(analysis.schools);
  const plot = page.getByRole('img', { name: /^Gráfico de dispersión del progreso/ });
  const about = await page.locator(`#${await plot.getAttribute('aria-describedby')}`).innerText();
  const es = (v) => v.toFixed(3).replace('.', ',');
  assert.match(about,
    new RegExp(`progreso = ${es(fit.intercept)} \\+ ${es(fit.slope)} × puntuación de colaboración`));
  assert.deepEqual(await accessibilityViolations(page), []);
  await chooseLanguage(page, 'en');
  await page.context().close();
});
