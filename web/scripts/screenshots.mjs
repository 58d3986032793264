// Takes the screenshots shown in the README: `node scripts/screenshots.mjs` after a build.
// It starts a demo server, lets the demo's leaders do a little work through the API (a weekly
// meeting with an agenda, an issue being scored, an adopted decision and one waiting for a
// stance, an overdue action, a communication to sign), then photographs the pages.
import { join } from 'node:path';
import { demo, demoPassword, launchBrowser, repoRoot, signIn, startServer } from '../tests/support.mjs';

const server = await startServer();
const browser = await launchBrowser();
const out = join(repoRoot, 'docs', 'screenshots');
const body = 1; // the demo's labor–management committee

// A demo person acting through the JSON API.
async function person(email) {
  const context = await browser.newContext();
  const login = await context.request.post(`${server.url}/api/v1/auth/login`, { data: { email, password: demoPassword } });
  const { csrf_token: csrf, user } = await login.json();
  const send = async (method, path, data) => {
    const r = await context.request.fetch(`${server.url}/api/v1/districts/1${path}`, {
      method, data, headers: { 'X-CSRF-Token': csrf },
    });
    if (!r.ok()) throw new Error(`${method} ${path}: ${r.status()} ${await r.text()}`);
    return r.status() === 204 ? null : r.json();
  };
  return { id: user.id, post: (p, d) => send('POST', p, d ?? {}), put: (p, d) => send('PUT', p, d), get: (p) => send('GET', p) };
}

const isoDay = (offsetDays) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
const inDays = (days) => Math.floor(Date.now() / 1000) + days * 86400;

async function tellTheStory() {
  const maria = await person(demo.superintendent);
  const james = await person(demo.unionPresident);
  const others = await Promise.all(['board.president', 'principal', 'site.rep'].map((n) => person(`${n}@demo.accord.example`)));

  const series = await james.post(`/bodies/${body}/meetings/series`, {
    title: 'Labor-management committee', start: `${isoDay(1)}T15:30`, duration_minutes: 120,
    location: 'District office, room 4', frequency: 'weekly', count: 20,
  });
  const meeting = await james.post(`/bodies/${body}/meetings`, { series_id: series.id, date: isoDay(1) });
  for (const [title, minutes] of [['Check-in and norms', 10], ['Planning time in grades 3–5', 45], ['New teacher mentoring', 30]])
    await james.post(`/bodies/${body}/meetings/${meeting.id}/agenda`, { title, time_box_minutes: minutes });
  await maria.post(`/bodies/${body}/meetings/${meeting.id}/approvals`);

  const issue = await james.post('/issues', {
    body_id: body, title: 'Common planning time in grades 3–5',
    description: 'Teachers in grades 3 to 5 have no common time to plan lessons or look at student work together.',
    references: ['Article 12.3 (preparation time)'],
  });
  const at = `/issues/${issue.id}`;
  // The committee moves on when both sides say they are ready.
  const moveOn = async (step) => {
    await james.post(`${at}/step`, { step });
    await maria.post(`${at}/step`, { step });
  };
  await moveOn('interests');
  await james.post(`${at}/interests`, { text: 'Time to plan with grade-level colleagues', side: 'labor' });
  await maria.post(`${at}/interests`, { text: 'Keep instructional minutes for students', side: 'management' });
  await maria.post(`${at}/interests`, { text: 'Students read at grade level by grade 3', side: 'shared' });
  await moveOn('options');
  const options = [];
  for (const text of ['Early release on Wednesdays', 'Specialist rotation covers classes', 'Paid planning days in summer'])
    options.push(await james.post(`${at}/options`, { text }));
  await moveOn('criteria');
  const cost = await maria.post(`${at}/criteria`, { text: 'Cost within budget', weight: 3 });
  const time = await james.post(`${at}/criteria`, { text: 'Weekly time together', weight: 5 });
  await moveOn('scoring');
  const scores = [[4, 3], [3, 5], [2, 2]];
  for (let o = 0; o < 3; o++) {
    await maria.post(`${at}/scores`, { option_id: options[o].id, criterion_id: cost.id, score: scores[o][0] });
    await james.post(`${at}/scores`, { option_id: options[o].id, criterion_id: time.id, score: scores[o][1] });
  }
  // The two presidents talk it through under the issue.
  const post = (who, text, mentions = []) =>
    who.post('/comments', { subject_type: 'issue', subject_id: issue.id, text, mentions });
  await post(james, 'The specialist rotation scores highest. Could we **pilot it in two schools** first, @Maria Delgado?', [maria.id]);
  await post(maria, 'Yes. Lincoln and Cesar Chavez have the schedules for it; I will ask both principals this week.');
  // Labor is ready to choose a solution; the superintendent's home asks for management's word.
  await james.post(`${at}/step`, { step: 'solution' });

  const adopted = await maria.post('/decisions', {
    body_id: body, title: 'Joint review of the reading data each quarter',
    text: 'The committee reviews grade 3 reading results each quarter, and each site team does the same.',
    deadline: inDays(7), participation: 'joint', metrics: ['ela_met'],
  });
  for (const p of [maria, james, ...others]) await p.post(`/decisions/${adopted.id}/stances`, { stance: 'agree' });
  const open = await james.post('/decisions', {
    body_id: body, title: 'Mentors for every first-year teacher',
    text: 'Each first-year teacher is paired with a trained mentor from the same site, with release time monthly.',
    deadline: inDays(5), participation: 'joint', metrics: ['teacher_retention'],
  });
  await james.post(`/decisions/${open.id}/stances`, { stance: 'agree', reason: 'Our members asked for this.' });
  await others[2].post(`/decisions/${open.id}/stances`, { stance: 'agree' });

  await james.post('/action-items', { title: 'Share the reading results with site teams', owner_id: maria.id, due_date: isoDay(-3), body_id: body });
  await maria.post('/action-items', { title: 'Draft the mentoring budget', owner_id: james.id, due_date: isoDay(10), body_id: body });
  const note = await james.post('/communications', {
    body_id: body, title: 'Planning time: what we are working on',
    text: 'The committee is studying common planning time in grades 3–5. We will report back after the next meeting.',
  });
  await james.post(`/communications/${note.id}/signatures`);
  return { issue: issue.id, decision: open.id, meeting: meeting.id };
}

async function shoot(page, path, name) {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
}

try {
  const story = await tellTheStory();
  const page = await (await browser.newContext({ viewport: { width: 1100, height: 760 }, locale: 'en-US' })).newPage();
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: join(out, 'sign-in.png') });
  await signIn(page, server.url, demo.superintendent);
  for (const [name, path] of [
    ['home', '/districts/1'],
    ['members', '/districts/1/members'],
    ['body', `/districts/1/bodies/${body}`],
    ['issue', `/districts/1/issues/${story.issue}`],
    ['decision', `/districts/1/decisions/${story.decision}`],
    ['decision-log', '/districts/1/decisions/log'],
    ['meeting-live', `/districts/1/bodies/${body}/meetings/${story.meeting}/live`],
    ['actions', '/districts/1/actions'],
  ]) await shoot(page, path, name);
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await shoot(page, '/districts/1', 'home-es');
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 780 }, isMobile: true })).newPage();
  await signIn(phone, server.url, demo.unionPresident);
  await shoot(phone, `/districts/1/issues/${story.issue}`, 'issue-phone');
} finally {
  await browser.close();
  await server.stop();
}
