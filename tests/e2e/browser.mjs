// Shared Playwright set-up: Debian's chromium (never a downloaded browser), console capture.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
export const SHOT_DIR = new URL('../../target/e2e/', import.meta.url).pathname;

/** A JSON file of `data/` (the tests read their expectations from the data, never literals). */
export const dataFile = (name) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url)));

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page that records console errors, hydration warnings and uncaught exceptions, and the
 * bodies of its search requests (`searches`, newest last); `response` is the page's own. */
export async function openPage(browser, path = '/', viewport = { width: 1280, height: 800 }, options = {}) {
  const page = await browser.newPage({ viewport, ...options });
  const problems = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || /hydrat/i.test(text)) problems.push(`${msg.type()}: ${text}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  const searches = [];
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    else if (res.url().includes('/api/search_entities')) {
      const body = res.json();
      // A search still in flight when the test closes its page rejects; only a test that
      // awaits that body should see it, not the runner as an unhandled rejection.
      body.catch(() => {});
      searches.push(body);
    }
  });
  const response = await page.goto(BASE_URL + path);
  await page.waitForSelector('body[data-hydrated="true"]', { timeout: 30_000 });
  return { page, problems, searches, response };
}

export async function screenshot(page, name) {
  mkdirSync(SHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SHOT_DIR}${name}.png` });
}

/** Waits until the map in `frame` (a page or an iframe) draws between 1 and `max` entities,
 * i.e. those of the `max` matching ones that are in view, and returns how many. */
export async function markersInView(frame, max) {
  await frame.waitForFunction((n) => {
    const m = Number(document.querySelector('#map')?.dataset.markers);
    return m > 0 && m <= n;
  }, max, { timeout: 15_000 });
  return Number(await frame.getAttribute('#map', 'data-markers'));
}

/** Loads `url` in a fresh context (cold cache) at 1280×800 and returns what it cost: the
 * page's own files (HTML, JS, wasm, CSS, as sent) apart from its data requests (`/api/…`) and favicon,
 * and the milliseconds until the first markers or clusters were drawn. */
export async function firstPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.waitForSelector('path.entity-marker, .cluster-icon', { timeout: 30_000 });
  const ms = Date.now() - start;
  const { html, rows } = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const rows = performance.getEntriesByType('resource')
      .map((r) => ({ path: r.name.replace(location.origin, ''), sent: r.transferSize, size: r.decodedBodySize }));
    return { html: nav.transferSize, rows };
  });
  await context.close();
  const files = rows.filter((r) => !r.path.startsWith('/api/') && !r.path.endsWith('.svg'));
  const pageBytes = html + files.reduce((n, r) => n + r.sent, 0);
  return { html, rows, pageBytes, ms };
}
