// Outcomes in a real Chromium against a real server: schools, a CAASPP import through the page with
// its progress and row errors, the chart of a metric with the partnership's events, accessibility
// and Spanish.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  accessibilityViolations, apiAs as sharedApiAs, demo, launchBrowser, messages, signIn, startServer,
} from './support.mjs';

let server;
let browser;

// The voting members of body 1 besides the co-chairs.
const others = ['site.rep@demo.accord.example', 'board.president@demo.accord.example', 'principal@demo.accord.example'];

before(async () => {
  // The demo district without its outcome history: these tests start from no data, as a new district does.
  server = await startServer({ outcomes: false });
  browser = await launchBrowser();
});

let demoServer;
after(async () => {
  await browser?.close();
  await server?.stop();
  await demoServer?.stop();
});

async function newPage(locale = 'en') {
  const context = await browser.newContext({ locale: locale === 'es' ? 'es-ES' : 'en-US' });
  return context.newPage();
}

const apiAs = (email) => sharedApiAs(browser, server.url, email);

// The research-file layout of 2021 on: caret-delimited, "Student Group ID", "Test ID".
const header =
  'County Code^District Code^School Code^Filler^Test Year^Student Group ID^Test Type^' +
  'Total Tested at Reporting Level^Total Tested with Scores at Reporting Level^Grade^Test ID^Students Enrolled^' +
  'Students Tested^Mean Scale Score^Percentage Standard Exceeded^Percentage Standard Met^' +
  'Percentage Standard Met and Above^Percentage Standard Nearly Met^Percentage Standard Not Met^' +
  'Students with Scores^Area 1 Percentage Above Standard^Area 1 Percentage Near Standard^' +
  'Area 1 Percentage Below Standard\r\n';
const row = (cds, year, group, grade, testId, percent, withScores) =>
  `${cds.slice(0, 2)}^${cds.slice(2, 7)}^${cds.slice(7)}^    ^${year}^${group}^B^5210^${withScores}^${grade}^${testId}` +
  `^5400^5210^2489.1^20.10^25.30^${percent}^24.00^30.60^${withScores}^20.00^50.00^30.00\r\n`;
const state = '00000000000000';
const district = '01611920000000';
const lincoln = '01611920130229';
const caaspp =
  header +
  row(state, 2022, '1', '13', 1, '47.06', '4500000') +
  row(state, 2023, '1', '13', 1, '46.66', '4612345') +
  row(district, 2022, '1', '13', 1, '*', '*') + // suppressed: missing, never 0
  row(district, 2023, '1', '13', 1, '51.20', '5210') +
  row(lincoln, 2023, '1', '13', 1, '55.00', '410') +
  row(lincoln, 2023, '1', '03', 1, '60.00', '140') + // a single grade: skipped
  row('01611929999999', 2023, '1', '13', 1, '70.00', '300') + // a school the district does not have
  row('01612340000000', 2023, '1', '13', 1, '61.00', '900'); // another district: skipped

const outcomePages = ['/districts/1/outcomes', '/districts/1/outcomes/schools', '/districts/1/outcomes/import'];

async function settled(page) {
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

// A decision of body 1 that every voting member agrees to; `effective` (YYYY-MM-DD) dates it on the time line.
async function adoptDecision(title, effective) {
  const maria = await apiAs(demo.superintendent);
  const decision = await maria.post('/decisions', {
    body_id: 1, title, text: 'Agreed by both sides.', deadline: Math.floor(Date.now() / 1000) + 7 * 24 * 3600,
    ...(effective ? { effective_at: Date.parse(`${effective}T12:00:00Z`) / 1000 } : {}),
  });
  await maria.post(`/decisions/${decision.id}/stances`, { stance: 'agree' });
  await maria.close();
  for (const email of [demo.unionPresident, ...others]) {
    const person = await apiAs(email);
    await person.post(`/decisions/${decision.id}/stances`, { stance: 'agree' });
    await person.close();
  }
}

// A value as the outcome pages write it in English: a percentage with one decimal.
const percentText = (value) => `${value.toFixed(1)}%`;

test('a superintendent adds a school, imports a CAASPP file and sees it charted beside an adopted decision', async () => {
  await adoptDecision('Weekly collaboration time for teachers'); // adopted now: after the figures' years
  await adoptDecision('Budget priorities set together', '2023-01-15'); // within school year 2023

  const page = await newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.goto(`${server.url}/districts/1`);
  await page.getByRole('link', { name: 'Outcomes', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Student outcomes' }).waitFor();

  // A school, added with the keyboard alone.
  await page.getByRole('link', { name: 'Schools', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Schools' }).waitFor();
  await page.getByText('No school has been added yet.').waitFor();
  await page.getByLabel('School name').focus();
  await page.keyboard.type('Lincoln');
  await page.keyboard.press('Tab');
  await page.keyboard.type(lincoln);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add the school');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'Added: Lincoln.' }).waitFor();
  const school = page.locator('table tbody tr', { hasText: 'Lincoln' });
  assert.match(await school.innerText(), new RegExp(`Lincoln\\s+${lincoln}\\s+Elementary`));

  // The district's code in the state's files, then the import, through the page.
  await page.getByRole('link', { name: 'Import data', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Import outcome data' }).waitFor();
  await page.getByText('No file has been imported yet.').waitFor();
  await page.getByLabel('The district’s code in state files').fill('0161192');
  await page.getByRole('button', { name: 'Save the code' }).click();
  await page.getByRole('status').filter({ hasText: 'The code is saved.' }).waitFor();
  assert.ok(await page.getByLabel('CAASPP research file').isChecked());
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'sb_ca2023_all.txt', mimeType: 'text/plain', buffer: Buffer.from(caaspp) });
  await page.getByRole('button', { name: 'Import the file' }).click();
  await page.getByRole('heading', { level: 2, name: 'Import of sb_ca2023_all.txt' }).waitFor();
  assert.equal(await page.getByLabel('Progress').evaluate((e) => e.tagName), 'PROGRESS');
  await page.getByRole('status').filter({ hasText: 'The import is finished.' }).waitFor();
  assert.equal(await page.getByLabel('Progress').evaluate((e) => e.value), 100);
  const summary = await page.locator('dl.outcome-summary').innerText();
  assert.match(summary, /Rows read\s+8/);
  assert.match(summary, /Imported\s+5/);
  assert.match(summary, /Skipped \(other districts, grades or tests\)\s+2/);
  assert.match(summary, /With errors\s+1/);
  await page.getByRole('heading', { level: 2, name: 'Rows with errors' }).waitFor();
  const errorRows = page.locator('table.import-errors tbody tr');
  assert.equal(await errorRows.count(), 1);
  assert.match(await errorRows.first().innerText(), /^8\s+School Code\s+.+/);
  // The import is listed among the earlier ones, and shows its summary again when asked.
  const earlier = page.locator('table.past-imports tbody tr');
  await earlier.filter({ hasText: 'sb_ca2023_all.txt' }).waitFor();
  assert.match(await earlier.first().innerText(), /sb_ca2023_all\.txt\s+CAASPP.*\s+Finished\s+5\s+1/);
  await page.reload();
  await page.getByRole('button', { name: 'Show the import of sb_ca2023_all.txt' }).click();
  assert.match(await page.locator('dl.outcome-summary').innerText(), /Imported\s+5/);
  await page.locator('table.import-errors tbody tr').first().waitFor();
  assert.equal(await page.getByLabel('The district’s code in state files').inputValue(), '0161192');

  // The chart: district beside the state, the suppressed year not reported, the decision marked.
  await page.getByRole('link', { name: 'Chart', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Student outcomes' }).waitFor();
  assert.equal(await page.getByLabel('Student group').locator('option:checked').innerText(), 'All students');
  await page.getByRole('heading', { level: 2, name: /^ELA/ }).waitFor();
  const chart = page.getByRole('img', { name: /^Line chart of ELA/ });
  assert.match(await chart.getAttribute('aria-label'),
    /from 2022 to 2023: ABC Partnership Unified School District \(demo\), State \(CA\); 1 of the partnership’s/);
  const heads = await page.locator('table.outcome-table thead th').allInnerTexts();
  assert.equal(heads[0], 'Year');
  assert.equal(heads[1], 'ABC Partnership Unified School District (demo)');
  assert.equal(heads[2], 'State (CA)');
  const rows = page.locator('table.outcome-table tbody tr');
  assert.match(await rows.nth(0).innerText(), /^2022\s+not reported\s+47\.1%$/);
  assert.match(await rows.nth(1).innerText(), /^2023\s+51\.2%\s+46\.7%$/);
  // The district's missing year is a gap, named under the chart, which the chart's description points to.
  const gapNote = page.locator('p.chart-note');
  assert.equal(await gapNote.innerText(), 'ABC Partnership Unified School District (demo): no figure for 2022.');
  assert.equal(await chart.getAttribute('aria-describedby'), await gapNote.getAttribute('id'));
  // Only the decision within the figures' years is marked (and numbered); the others are listed apart.
  const marked = page.locator('ol.outcome-events li');
  assert.deepEqual(await marked.allInnerTexts(), [
    'Jan 15, 2023 · Decision: Budget priorities set together · District Labor-Management Committee',
  ]);
  const outside = await page.locator('ul.outcome-events').innerText();
  assert.match(outside, /Decision: Weekly collaboration time for teachers/);
  assert.match(outside, /Charter version 3/);
  assert.doesNotMatch(outside, /Budget priorities/);
  // A marker reached with the keyboard is picked out on the chart as one under the pointer is. The
  // pointer is put aside first, so that scrolling does not bring a marker under it.
  const viewport = page.viewportSize();
  await page.mouse.move(viewport.width - 2, viewport.height - 2);
  await marked.first().focus();
  assert.equal(await marked.first().getAttribute('class'), 'active');
  await page.keyboard.press('Tab');
  assert.equal(await marked.first().getAttribute('class'), null);

  // The school beside the district.
  await page.getByLabel('Lincoln').check();
  await page.locator('table.outcome-table thead th', { hasText: 'Lincoln' }).waitFor();
  assert.match(await rows.nth(1).innerText(), /55\.0%$/);
  assert.match(await rows.nth(0).innerText(), /not reported$/);
  assert.match(await gapNote.innerText(), /Lincoln: no figure for 2022\.$/);

  // Mathematics has no values yet.
  await page.getByLabel('Metric').selectOption('math_met');
  await page.getByText('There are no values of this metric for this student group yet.').waitFor();
  await page.context().close();
});

test('the demo district charts ten school years, with a student group of the data chosen', async () => {
  demoServer = await startServer();
  const page = await newPage();
  await signIn(page, demoServer.url, demo.superintendent);
  await page.goto(`${demoServer.url}/districts/1/outcomes`);
  await page.getByRole('heading', { level: 2, name: /^ELA/ }).waitFor();
  const years = await page.locator('table.outcome-table tbody th').allInnerTexts();
  assert.deepEqual(years, ['2015', '2016', '2017', '2018', '2019', '2021', '2022', '2023', '2024', '2025']);
  // The table beside the chart holds what the API answered, every line in every year.
  const api = await page.request.get(`${demoServer.url}/api/v1/districts/1/metrics/ela_met/series?group=1&school=`);
  const series = await api.json();
  const expected = series.years.map((year) => [String(year), ...series.series.map((line) => {
    const value = line.points.find((p) => p.year === year)?.value;
    return value == null ? 'not reported' : percentText(value);
  })]);
  const cells = await page.locator('table.outcome-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.deepEqual(cells, expected);
  // No line has a value for 2020: a gap in every line, named once under the chart.
  assert.equal(await page.locator('p.chart-note').innerText(), 'No figures were reported for 2020.');
  const groups = await page.getByLabel('Student group').locator('option').allInnerTexts();
  assert.deepEqual(groups, ['All students', 'Socioeconomically disadvantaged', 'English learners']);
  await page.getByLabel('Student group').selectOption({ label: 'English learners' });
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.getByRole('img', { name: /^Line chart of ELA/ }).waitFor();
  const first = await page.locator('table.outcome-table tbody tr').first().innerText();
  assert.match(first, /^2015\s+\d+(\.\d)?%/);
  await page.context().close();
});

test('someone who may not add schools is told so plainly', async () => {
  const page = await newPage();
  await signIn(page, server.url, 'site.rep@demo.accord.example');
  await page.goto(`${server.url}/districts/1/outcomes/schools`);
  await page.getByLabel('School name').fill('Roosevelt');
  await page.getByRole('button', { name: 'Add the school' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.ok((await alert.innerText()).length > 0);
  assert.equal(await page.locator('table tbody tr', { hasText: 'Roosevelt' }).count(), 0);
  await page.context().close();
});

// The server takes no request body over 1 MiB (bodies are read before anyone is known), so the page
// sends a larger file in parts, each a signed-in request, and then starts the import with it.
test('a state file of several megabytes goes up in parts and is imported', async () => {
  const maria = await apiAs(demo.superintendent);
  await maria.patch('', { state_code: '0161192' });
  await maria.close();
  let big = header + row(district, 2021, '1', '13', 1, '49.00', '5000');
  for (let i = 0; big.length < 2.5 * 1024 * 1024; i++)
    big += row(`0161234${String(i % 10000000).padStart(7, '0')}`, 2021, '1', '13', 1, '61.00', '900');
  const rows = big.split('\r\n').length - 2;
  const page = await newPage();
  await signIn(page, server.url, demo.superintendent);
  await page.goto(`${server.url}/districts/1/outcomes/import`);
  await settled(page);
  await page.getByLabel('CAASPP research file').check();
  const parts = [];
  page.on('request', (r) => { if (r.url().includes('/api/v1/uploads/')) parts.push(r.method()); });
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'sb_ca2021_all.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
  await page.getByRole('button', { name: 'Import the file' }).click();
  await page.getByRole('status').filter({ hasText: 'The import is finished.' }).waitFor({ timeout: 60000 });
  assert.deepEqual(parts, ['PUT', 'PUT', 'PUT']);
  const summary = await page.locator('dl.outcome-summary').innerText();
  assert.equal(Number(summary.match(/Rows read\s+([\d,]+)/)[1].replace(/,/g, '')), rows);
  assert.match(summary, /Imported\s+1\b/);
  await page.context().close();
});

for (const locale of ['en', 'es']) {
  test(`the outcome pages have no accessibility violations in ${locale}`, async () => {
    const page = await newPage(locale);
    await signIn(page, server.url, demo.superintendent);
    for (const path of outcomePages) {
      await page.goto(`${server.url}${path}`);
      await settled(page);
      if (path.endsWith('/outcomes')) await page.locator('table.outcome-table').waitFor();
      assert.deepEqual(await accessibilityViolations(page), [], `${locale} ${path}`);
    }
    await page.context().close();
  });
}

test('the Spanish outcome pages show no English string', async () => {
  const en = messages('en');
  const es = messages('es');
  const english = Object.entries(en)
    .filter(([key, value]) => value !== es[key] && value.length >= 4 && !value.includes('{'))
    .map(([, value]) => value);
  const page = await newPage('es');
  await signIn(page, server.url, demo.superintendent);
  const language = page.getByLabel(/^(Language|Idioma)$/);
  if ((await language.inputValue()) !== 'es') {
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH'),
      language.selectOption('es'),
    ]);
  }
  for (const path of outcomePages) {
    await page.goto(`${server.url}${path}`);
    await settled(page);
    if (path.endsWith('/outcomes')) {
      await page.locator('table.outcome-table').waitFor();
      assert.match(await page.locator('table.outcome-table').innerText(), /sin datos publicados/);
    }
    const lines = (await page.locator('body').innerText()).split('\n').map((l) => l.trim());
    assert.deepEqual(english.filter((s) => lines.includes(s)), [], path);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
  }
  // Back to English, as the account keeps the language.
  await page.getByLabel('Idioma').selectOption('en');
  await page.context().close();
});
