// Browser tests entry (cargo-leptos `end2end-cmd`): cargo-leptos has built the site and
// started the server on LEPTOS_SITE_ADDR; wait for it, then run every *.test.mjs here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const base = process.env.BASE_URL ?? `http://${process.env.LEPTOS_SITE_ADDR ?? '127.0.0.1:3000'}`;

async function waitForServer(deadlineMs) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${base} did not answer /healthz in ${deadlineMs} ms`);
}

await waitForServer(120_000);
const files = readdirSync(here).filter((f) => f.endsWith('.test.mjs')).map((f) => join(here, f));
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: base },
});
process.exit(run.status ?? 1);
