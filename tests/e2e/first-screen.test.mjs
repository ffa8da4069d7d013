// The first screen: the first view as a picture until Leaflet draws it, filters open on a
// wide screen and folded on a phone, a legend that leaves the entities in sight and folds
// on a phone, and fly-to framing an entity beside the detail panel.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, openPage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('the first view is a picture until Leaflet has drawn it, and the wasm waits for it', async () => {
  const { page, problems } = await openPage(browser, '/?sector=new_energy');
  const preview = page.locator('img.map-preview');
  const src = '/api/v1/preview.png?sector=new_energy';
  assert.equal(await preview.getAttribute('src'), src);
  assert.equal(await preview.getAttribute('srcset'), `${src} 1x, ${src}&dpi=192 2x`);
  assert.equal(await preview.getAttribute('data-fit'), 'contain');
  // The app's code is asked for only once the picture is here (boot.js), so on any link
  // the picture's bytes come first.
  const [picture, wasm] = await page.evaluate(() => ['preview.png', '.wasm'].map((part) => {
    const e = performance.getEntriesByType('resource').find((r) => r.name.includes(part));
    return e && { start: e.startTime, end: e.responseEnd };
  }));
  assert.ok(picture && wasm, 'both fetched');
  assert.ok(wasm.start >= picture.end, `wasm asked for at ${wasm.start} ms, picture here at ${picture.end} ms`);
  await page.waitForSelector('#map[data-markers][data-basemap-cities]');
  assert.equal(await preview.isVisible(), false, 'hidden once the live map is drawn');
  // The picture took no room of its own: the live map framed the whole frame, Taiwan too.
  const map = await page.locator('#map').boundingBox();
  const taiwan = await page.locator('.context-label', { hasText: '台湾省' }).boundingBox();
  assert.ok(taiwan.y + taiwan.height <= map.y + map.height && taiwan.y >= map.y, 'Taiwan in view');
  // An indexed PNG (IHDR colour type 3), twice as wide at dpi=192.
  const png = async (url) => {
    const res = await page.request.get(new URL(url, page.url()).href);
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-type'], 'image/png');
    const body = await res.body();
    return { width: body.readUInt32BE(16), colourType: body[25] };
  };
  const [one, two] = [await png(src), await png(`${src}&dpi=192`)];
  assert.equal(one.colourType, 3);
  assert.ok(Math.abs(two.width - 2 * one.width) <= 1, `${one.width} then ${two.width}`);
  const svg = await page.request.get(new URL('/api/v1/preview.svg?sector=new_energy', page.url()).href);
  assert.match(await svg.text(), /class="cluster"|class="entity-marker/);
  assert.deepEqual(problems, []);
});

// Which of the list's rows take part in layout (display is not none).
const laidOut = (page) => page.$$eval('li.result', (rows) => rows.map((r) => getComputedStyle(r).display !== 'none'));

test('the first frame lays out only the first rows; the rest follow the picture, and never wait for script', async () => {
  // The picture held back, so the page is seen before boot.js has started.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/api/v1/preview.png*', async (route) => { await held; await route.continue(); });
  await page.goto(BASE_URL + '/', { waitUntil: 'domcontentloaded' });
  const first = await laidOut(page);
  assert.ok(first.length > 20, `${first.length} rows in the HTML`);
  assert.deepEqual(first.map((shown, i) => shown === i < 10), first.map(() => true), 'ten rows, then none');
  release();
  await page.waitForSelector('body[data-hydrated="true"]', { timeout: 30_000 });
  assert.ok((await laidOut(page)).every(Boolean), 'every row once the picture is shown');
  await context.close();
  // Without script the first-frame rule never applies (`scripting: enabled`), so every row is there at once.
  const plain = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
  const reader = await plain.newPage();
  // Several pages: streamed out of order, a search that resolved late left its rows in a
  // <template> only a script would move (the server streams in order for this).
  for (const path of ['/', '/?tier=national', '/?sector=new_energy', '/?kind=park']) {
    await reader.goto(BASE_URL + path);
    const rows = await laidOut(reader);
    assert.ok(rows.length > 5, `${rows.length} rows without script on ${path}`);
    assert.deepEqual(rows.filter((shown) => !shown).length, 0, `rows hidden without script on ${path}`);
  }
  await plain.close();
  // Nor when the app's code cannot load: boot.js lifts it before fetching anything.
  const broken = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const offline = await broken.newPage();
  await offline.route('**/pkg/**', (route) => route.abort());
  await offline.goto(BASE_URL + '/');
  await offline.waitForFunction(() => !document.documentElement.classList.contains('booting'));
  assert.ok((await laidOut(offline)).every(Boolean), 'every row without the wasm');
  await broken.close();
});

test('a page kept for anonymous visitors allows its scripts by hash and hydrates like a fresh one', async () => {
  const path = '/?kind=park&lang=en';
  const policy = async () => {
    const res = await fetch(BASE_URL + path);
    await res.text();
    return res.headers.get('content-security-policy');
  };
  // The first visitor gets a fresh render; it is kept once sent (server/src/cached_page.rs).
  for (let i = 0; i < 100 && !(await policy()).includes("'sha256-"); i++) await new Promise((r) => setTimeout(r, 100));
  const { page, problems, response } = await openPage(browser, path);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /'sha256-/, 'the kept page');
  assert.doesNotMatch(csp, /'nonce-/);
  await page.waitForSelector('#map[data-markers]');
  assert.ok(Number(await page.getAttribute('#map', 'data-markers')) > 0, 'the live map drew');
  // A script the policy refused would be a console error here.
  assert.deepEqual(problems, []);
});

test('filters are open on a wide screen and folded on a phone', async () => {
  for (const [viewport, open] of [[{ width: 1280, height: 800 }, true], [{ width: 375, height: 667 }, false]]) {
    const { page, problems } = await openPage(browser, '/', viewport);
    await page.waitForSelector('#f-sector-marine', { state: 'attached' });
    assert.equal(await page.isVisible('#f-sector-marine'), open, `${viewport.width}px`);
    assert.equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), String(open));
    await page.click('#filters-toggle');
    assert.equal(await page.isVisible('#f-sector-marine'), !open, 'the toggle folds and opens them');
    assert.deepEqual(problems, []);
  }
});

test('the legend leaves every entity in sight at 1920×1080 and folds on a phone', async () => {
  const { page, problems } = await openPage(browser, '/', { width: 1920, height: 1080 });
  await page.waitForSelector('.legend-rows li');
  const legend = await page.locator('section.legend').boundingBox();
  const box = { left: legend.x, top: legend.y, right: legend.x + legend.width, bottom: legend.y + legend.height };
  const symbols = await page.$$eval('.cluster-icon, path.entity-marker', (els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }));
  assert.ok(symbols.length > 10, `${symbols.length} symbols`);
  assert.deepEqual(symbols.filter((s) => overlaps(s, box)), [], 'no marker or cluster under the legend');
  const phone = await openPage(browser, '/', { width: 375, height: 667 });
  await phone.page.waitForSelector('#legend-body', { state: 'attached' });
  assert.equal(await phone.page.isVisible('#legend-body'), false, 'folded on a phone');
  await phone.page.click('#legend-toggle');
  assert.equal(await phone.page.isVisible('#legend-body'), true);
  assert.deepEqual([...problems, ...phone.problems], []);
});

test('choosing an entity frames its sites beside the detail panel', async () => {
  const { page, problems } = await openPage(browser, '/?q=%E7%9F%B3%E5%A2%A8%E7%83%AF');
  const before = page.url();
  await page.click('.result[data-id="graphene-cluster"]');
  await page.waitForSelector('aside.detail .detail-title');
  await page.waitForFunction((u) => location.href !== u && new URLSearchParams(location.search).has('at'), before, { timeout: 10_000 });
  await page.waitForTimeout(600); // the flight ends
  const panel = await page.locator('aside.detail').boundingBox();
  const box = { left: panel.x, top: panel.y, right: panel.x + panel.width, bottom: panel.y + panel.height };
  const sites = await page.$$eval('path.entity-marker.selected', (els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }));
  assert.ok(sites.length >= 2, `${sites.length} sites drawn`);
  assert.deepEqual(sites.filter((s) => overlaps(s, box)), [], 'no site behind the panel');
  assert.deepEqual(problems, []);
});
