// Starts a real `accord serve` on a temporary SQLite database with the demo data, serving the
// built interface, and drives Debian's Chromium through playwright-core.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const webRoot = resolve(here, '..');
export const repoRoot = resolve(webRoot, '..');
const binary = process.env.ACCORD_BINARY ?? join(repoRoot, 'build', 'accord');

export const demoPassword = 'accord-demo';
export const demo = {
  superintendent: 'superintendent@demo.accord.example',
  unionPresident: 'union.president@demo.accord.example',
};

// `outcomes: false` starts the demo district with no outcome data, as a new district starts.
export async function startServer({ outcomes = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'accord-web-'));
  const db = `sqlite:${join(dir, 'accord.db')}`;
  const demoArgs = ['demo', '--db', db, ...(outcomes ? [] : ['--without-outcomes'])];
  const demoRun = spawnSync(binary, demoArgs, { encoding: 'utf8' });
  if (demoRun.status !== 0) throw new Error(`accord demo failed: ${demoRun.stderr}`);
  const child = spawn(binary, ['serve', '--listen', '127.0.0.1:0', '--db', db, '--web-root', join(webRoot, 'dist')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise((resolvePort, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`accord serve did not start: ${log}`)), 15000);
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const m = /"address":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolvePort(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`accord serve exited with ${code}: ${log}`)));
  });
  child.stderr.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// An account made on the server's command line, as an administrator does for a person invited while
// the server sends no email.
export function addAccount(server, email, name, password) {
  const run = spawnSync(binary, ['user', 'add', '--db', server.db, '--email', email, '--name', name], {
    input: `${password}\n`,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`accord user add failed: ${run.stderr}`);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

// One server and one browser for a test file, started before its tests and stopped after them:
// `const live = serverAndBrowser();` then `live.server.url` and `live.browser` inside a test.
export function serverAndBrowser(options) {
  const live = {};
  before(async () => {
    live.server = await startServer(options);
    live.browser = await launchBrowser();
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  return live;
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The WCAG 2.1 A and AA violations axe-core finds on the page as it is now.
export async function accessibilityViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// A person acting through the JSON API of district 1 alone, for the parts of a story that are not
// under test. Each call but `status` fails the test unless the API answers 2xx.
export function apiSession(base, context, csrf) {
  const send = (method, path, data) =>
    context.request.fetch(`${base}/api/v1/districts/1${path}`, { method, data, headers: { 'X-CSRF-Token': csrf } });
  const ok = async (method, path, data) => {
    const r = await send(method, path, data);
    if (!r.ok()) throw new Error(`${method} ${path}: ${r.status()} ${await r.text()}`);
    return r.status() === 204 ? null : r.json();
  };
  return {
    get: (path) => ok('GET', path),
    post: (path, data) => ok('POST', path, data ?? {}),
    patch: (path, data) => ok('PATCH', path, data),
    put: (path, data) => ok('PUT', path, data),
    status: async (method, path, data) => (await send(method, path, data)).status(),
    close: () => context.close(),
  };
}

// `apiSession` for a demo person, signed in with the demo password in a context of its own.
export async function apiAs(browser, base, email, password = demoPassword) {
  const context = await browser.newContext();
  const login = await context.request.post(`${base}/api/v1/auth/login`, { data: { email, password } });
  if (login.status() !== 200) throw new Error(`sign-in of ${email}: ${login.status()} ${await login.text()}`);
  return apiSession(base, context, (await login.json()).csrf_token);
}

export async function signIn(page, base, email, password = demoPassword) {
  await page.goto(`${base}/`);
  await page.getByLabel(/^(Email|Correo electrónico)$/).fill(email);
  await page.getByLabel(/^(Password|Contraseña)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Entrar)$/ }).click();
  await page.getByRole('heading', { level: 1, name: /^(My districts|Mis distritos)$/ }).waitFor();
}

// The translation tables, read from their sources: src/i18n/<locale>.ts and every area's
// src/<area>/messages.<locale>.ts.
export function messages(locale) {
  const files = [join(webRoot, 'src', 'i18n', `${locale}.ts`), ...sourceFiles(join(webRoot, 'src'))
    .filter((f) => f.endsWith(`/messages.${locale}.ts`))];
  const out = {};
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*'([\w.]+)':\s*'((?:[^'\\]|\\.)*)',?\s*$/gm)) {
      if (m[1] in out) throw new Error(`${file}: ${m[1]} is defined twice`);
      out[m[1]] = m[2].replace(/\\'/g, "'");
    }
  }
  return out;
}

// Every file under a directory.
export function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : [path];
  });
}

// Chooses the interface language and waits until it is saved with the account, so that the next
// page load (which takes the account's language) is in it too.
export async function chooseLanguage(page, locale) {
  const select = page.getByLabel(/^(Language|Idioma)$/);
  if ((await select.inputValue()) === locale) return;
  const [saved] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH'),
    select.selectOption(locale),
  ]);
  if (saved.status() !== 200) throw new Error(`saving the language ${locale} answered ${saved.status()}`);
}
