// The checks of scripts/cluster-test.sh, against two Accord servers (A, B) on one PostgreSQL with a
// replica, behind HAProxy. Prints what it measured; exits non-zero on the first failed check.
import { execSync } from 'node:child_process';
import assert from 'node:assert/strict';

const A = process.env.CLUSTER_A;
const B = process.env.CLUSTER_B;
const PROXY = process.env.CLUSTER_PROXY;
const district = 1;
const body = 1;
const changes = Number(process.env.CLUSTER_CHANGES ?? 1000);

// A signed-in person: the session cookie (valid on every server) and the CSRF token.
async function signIn(base, email) {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'accord-demo' }),
  });
  assert.equal(r.status, 200, `sign-in of ${email}`);
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: (await r.json()).csrf_token };
}

// Sends a request as `who`; keeps the read-your-writes cookie the server sets after a write.
async function call(base, who, method, path, body) {
  const headers = { Cookie: who.cookie };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = who.csrf;
  const r = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  for (const c of r.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const name = pair.split('=')[0];
    who.cookie = [...who.cookie.split('; ').filter((p) => !p.startsWith(`${name}=`)), pair].join('; ');
  }
  const text = await r.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: r.status, json, text };
}

// A live view: counts the changes of each type as they arrive, with their arrival times.
function follow(base, who, path) {
  const controller = new AbortController();
  const view = { seen: [], opened: null, close: () => controller.abort() };
  view.opened = new Promise((resolve, reject) => {
    fetch(`${base}${path}`, { headers: { Cookie: who.cookie, Accept: 'text/event-stream' }, signal: controller.signal })
      .then(async (r) => {
        assert.equal(r.status, 200, `live view ${path}`);
        const decoder = new TextDecoder();
        let buffer = '';
        for await (const chunk of r.body) {
          buffer += decoder.decode(chunk, { stream: true });
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (event.includes('event: open')) resolve();
            const data = event.split('\n').find((l) => l.startsWith('data: '));
            if (event.includes('event: change') && data) view.seen.push({ at: performance.now(), ...JSON.parse(data.slice(6)) });
          }
        }
      })
      .catch((e) => {
        if (e.name !== 'AbortError') reject(e);
      });
  });
  return view;
}

async function until(what, condition, ms = 5000) {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (x) => `${x.toFixed(1)} ms`;

const maria = await signIn(A, 'superintendent@demo.accord.example');
const james = await signIn(B, 'union.president@demo.accord.example');
const base = `/api/v1/districts/${district}`;

// 1. A write through A is read at once through B.
const created = await call(A, maria, 'POST', `${base}/issues`, {
  body_id: body, title: 'Substitute coverage on Fridays', description: 'Raised to try several servers.',
});
assert.equal(created.status, 201, created.text);
const issue = created.json.id;
const readOnB = await call(B, james, 'GET', `${base}/issues/${issue}`);
assert.equal(readOnB.status, 200, readOnB.text);
assert.equal(readOnB.json.title, 'Substitute coverage on Fridays');
// Published data reads on the replica, but never behind the writer's own write.
let valueId = 0;
for (let i = 0; i < 20; i++) {
  const value = 40 + i;
  const set = await call(A, maria, 'POST', `${base}/metric-values`, { metric: 'ela_met', year: 2025, value });
  assert.equal(set.status < 300, true, set.text);
  const values = await call(B, maria, 'GET', `${base}/metric-values?metric=ela_met&year=2025&scope=district&limit=200`);
  assert.equal(values.status, 200, values.text);
  valueId = set.json.id;
  const mine = values.json.items.find((v) => v.id === valueId);
  assert.equal(mine?.value, value, `the writer reads their own value through B (${values.text.slice(0, 200)})`);
}
// The replica held back (its replay paused): the writer still reads their own write at once, while
// someone who wrote nothing reads the replica's older view, which shows the reads are the replica's.
const onReplica = (sql) => execSync(`${process.env.CLUSTER_REPLICA_PSQL} -c "${sql}"`, { encoding: 'utf8' }).trim();
const valueFor = async (who, id = valueId) => {
  const r = await call(B, who, 'GET', `${base}/metric-values?metric=ela_met&year=2025&scope=district&limit=200`);
  assert.equal(r.status, 200, r.text);
  return r.json.items.find((v) => v.id === id)?.value;
};
let replayed = false;
for (let i = 0; i < 200 && !replayed; i++) replayed = (await valueFor(james)) === 59;
assert.ok(replayed, 'the replica replays the values');
onReplica('SELECT pg_wal_replay_pause()');
try {
  const held = await call(A, maria, 'POST', `${base}/metric-values`, { metric: 'ela_met', year: 2025, value: 99 });
  assert.equal(held.status < 300, true, held.text);
  assert.equal(await valueFor(maria, held.json.id), 99, 'the writer reads their write while the replica is held back');
  assert.equal(await valueFor(james), 59, 'a reader who wrote nothing reads the replica');
} finally {
  onReplica('SELECT pg_wal_replay_resume()');
}
console.log('cluster: a write through A is read at once through B (an issue; 21 outcome values, one with the ' +
  'replica held back: the writer reads it from the primary, another reader sees the replica\'s older value)');

// The sign-in throttle counts every server's failures: ten wrong passwords for one account, half
// through each server (from addresses of their own, named by the trusted proxy's header), and the
// eleventh try fails even with the right password.
for (let i = 0; i < 10; i++) {
  const r = await fetch(`${i % 2 ? A : B}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${i + 1}` },
    body: JSON.stringify({ email: 'site.rep@demo.accord.example', password: 'not the password' }),
  });
  assert.equal(r.status, 401, `wrong password ${i + 1}`);
}
const throttled = await fetch(`${A}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.9' },
  body: JSON.stringify({ email: 'site.rep@demo.accord.example', password: 'accord-demo' }),
});
assert.equal(throttled.status, 429, 'the eleventh sign-in, across servers');
console.log('cluster: the sign-in throttle counts the failures of both servers (the eleventh try: 429)');

// 2. Live changes cross servers: a view on B, comments through A.
const view = follow(B, james, `${base}/live?subject_type=issue&subject_id=${issue}`);
await view.opened;
const latencies = [];
for (let i = 0; i < changes; i++) {
  const before = view.seen.length;
  const sent = performance.now();
  const r = await call(A, maria, 'POST', `${base}/comments`, { subject_type: 'issue', subject_id: issue, text: `Change ${i}` });
  assert.equal(r.status, 201, r.text);
  await until(`change ${i} on B`, () => view.seen.length > before, 1000);
  latencies.push(view.seen[before].at - sent);
}
view.close();
latencies.sort((x, y) => x - y);
console.log(`cluster: ${changes} changes made through A reached a view on B: p50 ${ms(percentile(latencies, 50))}, ` +
  `p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1))} (from sending the write to the event)`);
assert.ok(latencies.at(-1) < 1000, 'every change within a second');

// 3. Reads of published data go to the replica.
const commits = () => Number(onReplica("SELECT xact_commit FROM pg_stat_database WHERE datname = 'accord'"));
const commitsBefore = commits();
for (let i = 0; i < 20; i++) assert.equal((await call(PROXY, james, 'GET', `${base}/outcomes`)).status, 200);
for (let i = 0; i < 20; i++) assert.equal((await call(PROXY, james, 'GET', `${base}/peers`)).status, 200);
// Each backend passes on its counts within a second or so.
let replicaCommits = 0;
for (let i = 0; i < 50 && replicaCommits < 40; i++) {
  await new Promise((r) => setTimeout(r, 100));
  replicaCommits = commits() - commitsBefore;
}
assert.ok(replicaCommits >= 40, `the replica served reads (${replicaCommits} transactions)`);
console.log(`cluster: the replica served ${replicaCommits} read transactions of outcomes and peers`);

// 4. A server killed (-9) under load: HAProxy routes around it and every acknowledged write is kept.
const acknowledged = [];
const failures = [];
let killedAt = 0;
let stop = false;
const writers = [];
for (let n = 0; n < 8; n++)
  writers.push(await signIn(PROXY, n % 2 ? 'superintendent@demo.accord.example' : 'union.president@demo.accord.example'));
const worker = async (n) => {
  const me = writers[n];
  for (let i = 0; !stop; i++) {
    const text = `Under load ${n}-${i}`;
    try {
      const r = await call(PROXY, me, 'POST', `${base}/comments`, { subject_type: 'issue', subject_id: issue, text });
      if (r.status === 201) acknowledged.push({ id: r.json.id, text, at: performance.now() });
      else failures.push({ status: r.status, at: performance.now() });
    } catch (e) {
      failures.push({ status: String(e.cause?.code ?? e.message), at: performance.now() });
    }
  }
};
const workers = Array.from({ length: 8 }, (_, n) => worker(n));
await new Promise((r) => setTimeout(r, 1500));
const beforeKill = acknowledged.length;
killedAt = performance.now();
execSync(process.env.CLUSTER_KILL_A);
await new Promise((r) => setTimeout(r, 3500));
stop = true;
await Promise.all(workers);
const lastFailure = failures.length ? Math.max(...failures.map((f) => f.at)) - killedAt : 0;
const afterKill = acknowledged.filter((w) => w.at > killedAt);
const firstGood = afterKill.length ? afterKill[0].at - killedAt : Infinity;
console.log(`cluster: server A killed under load (8 writers): ${beforeKill} writes acknowledged before, ` +
  `${afterKill.length} after; ${failures.length} failed (${[...new Set(failures.map((f) => f.status))].join(', ') || 'none'}); ` +
  `the last failure ${ms(Math.max(0, lastFailure))} after the kill, the first write after it acknowledged in ${ms(firstGood)}`);
assert.ok(afterKill.length > 0, 'writes go on through B');
// Every acknowledged write is there, read through the proxy (B alone now).
const stored = new Map();
let cursor = '';
for (;;) {
  const page = await call(PROXY, maria, 'GET', `${base}/comments?subject_type=issue&subject_id=${issue}&limit=200${cursor}`);
  assert.equal(page.status, 200, page.text);
  for (const c of page.json.items) stored.set(c.id, c.text);
  if (!page.json.next_cursor) break;
  cursor = `&cursor=${page.json.next_cursor}`;
}
const missing = acknowledged.filter((w) => stored.get(w.id) !== w.text);
assert.equal(missing.length, 0, `acknowledged writes missing: ${JSON.stringify(missing.slice(0, 5))}`);
console.log(`cluster: all ${acknowledged.length} acknowledged writes are stored`);

// 5. The replica stops: reads of published data fall back to the primary.
execSync(process.env.CLUSTER_STOP_REPLICA, { stdio: 'ignore' });
const started = performance.now();
for (let i = 0; i < 20; i++) {
  const r = await call(PROXY, maria, 'GET', `${base}/outcomes`);
  assert.equal(r.status, 200, `outcomes with the replica stopped: ${r.text.slice(0, 200)}`);
  const v = await call(PROXY, maria, 'GET', `${base}/metric-values?metric=ela_met&year=2025`);
  assert.equal(v.status, 200, `values with the replica stopped: ${v.text.slice(0, 200)}`);
}
console.log(`cluster: with the replica stopped, 40 reads of published data answered from the primary in ${ms(performance.now() - started)}`);
console.log('cluster: every check passed');
