// For presenters: the embed page inside another site's iframe, the Embed / share dialog,
// and the print layout.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';

import { BASE_URL, SHOT_DIR, dataFile, launch, markersInView, openPage, screenshot } from './browser.mjs';

const catalogue = dataFile('entities.geojson');
const count = (pred) => catalogue.features.filter((f) => pred(f.properties)).length;
const withSector = (s) => count((p) => p.sectors.includes(s));

let browser;
let host; // another origin, standing in for a site that embeds the map
let hostHtml = '';
let hostUrl = '';
before(async () => {
  browser = await launch();
  host = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><meta charset="utf-8"><title>host</title><body style="margin:0">${hostHtml}</body>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  hostUrl = `http://127.0.0.1:${host.address().port}/`;
});
after(async () => { await browser?.close(); host?.close(); });

/** Opens the host page with `html` and returns the first iframe's frame once hydrated. */
async function hostPage(html) {
  hostHtml = html;
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /hydrat/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(hostUrl);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  return { page, frame, problems };
}

test('the embed page works inside another site\'s iframe with the URL\'s filters', async () => {
  const n = withSector('new_materials');
  const src = `${BASE_URL}/embed?sector=new_materials&title=${encodeURIComponent('新材料集群')}`;
  const { page, frame, problems } = await hostPage(`<iframe src="${src}" width="900" height="600"></iframe>`);
  await frame.waitForSelector('body[data-hydrated="true"]', { timeout: 30_000 });
  await frame.waitForSelector(`#map[data-markers="${n}"]`, { timeout: 15_000 });
  assert.equal(await frame.textContent('.embed-title'), '新材料集群');
  assert.equal(await frame.locator('.sidebar, .site-header, .detail').count(), 0, 'no panels');
  assert.ok(await frame.locator('.legend').count() > 0, 'legend shown by default');
  assert.ok(await frame.locator('.leaflet-control-zoom').count() > 0);
  const full = await frame.getAttribute('.open-full-map', 'href');
  assert.equal(full, '/?sector=new_materials', 'full map link keeps filters, drops embed options');
  await frame.waitForSelector('#map[data-basemap-cities="9"]', { timeout: 15_000 });
  await page.screenshot({ path: `${SHOT_DIR}embed-in-iframe.png` });
  assert.deepEqual(problems, []);
});

test('a locked embed has no controls and does not move; the full map refuses other sites\' frames', async () => {
  const src = `${BASE_URL}/embed?sector=marine&at=118.3,24.6,8&controls=0&interactive=0&legend=0`;
  const { page, frame, problems } = await hostPage(`<iframe src="${src}" width="800" height="450"></iframe>`);
  await frame.waitForSelector('body[data-hydrated="true"]', { timeout: 30_000 });
  await markersInView(frame, withSector('marine'));
  assert.equal(await frame.locator('.leaflet-control-zoom').count(), 0);
  assert.equal(await frame.locator('.legend').count(), 0);
  assert.equal(await frame.locator('.leaflet-container.leaflet-grab').count(), 0, 'dragging off');
  const box = await (await page.$('iframe')).boundingBox();
  await page.mouse.move(box.x + 400, box.y + 225);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 100, { steps: 5 });
  await page.mouse.up();
  await page.mouse.wheel(0, -500);
  await page.waitForTimeout(500);
  assert.match(frame.url(), /at=118\.3,24\.6,8/, 'view unchanged');
  assert.deepEqual(problems, []);

  const blocked = await hostPage(`<iframe src="${BASE_URL}/?sector=marine" width="800" height="450"></iframe>`);
  await blocked.page.waitForTimeout(1500);
  const inner = blocked.page.frames().find((f) => f !== blocked.page.mainFrame());
  const hydrated = await inner.$('body[data-hydrated="true"]').catch(() => null);
  assert.equal(hydrated, null, 'the full map must not render inside another site');
});

test('the Embed / share dialog builds links and a snippet that reproduce the view', async () => {
  const at = '118.1000,24.5000,9';
  const { page, problems } = await openPage(browser, `/?sector=marine&at=${at}&lang=en`);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  await page.click('.share-button');
  await page.waitForSelector('dialog.share-dialog[open] #share-link');
  assert.equal(await page.inputValue('#share-link'), `${BASE_URL}/?sector=marine&at=${at}&lang=en`);
  await page.fill('.share-title input', 'Marine "high-tech"');
  await page.locator('.share-flag input').nth(0).uncheck();
  await page.locator('.share-preset input').nth(1).check();
  const snippet = await page.inputValue('#share-embed');
  assert.match(snippet, /^<iframe src="[^"]+" title="Marine &quot;high-tech&quot;"/);
  assert.match(snippet, /width="800" height="600"/);
  const src = snippet.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.equal(src, `${BASE_URL}/embed?sector=marine&at=${at}&lang=en&title=Marine%20%22high-tech%22&legend=0`);
  await page.click('.copy-field:has(#share-embed) .copy-button');
  await page.waitForSelector('.copy-status:text("Copied")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  const png = await page.getAttribute('li[data-size="1920x1080"] a:text("PNG")', 'href');
  assert.equal(png, `${BASE_URL}/api/v1/render.png?sector=marine&at=${at}&lang=en&title=Marine%20%22high-tech%22&legend=0&size=1920x1080`);
  for (const [link, type] of [[png, 'image/png'], [png.replace('render.png', 'render.svg'), 'image/svg+xml']]) {
    const res = await page.request.get(link);
    assert.equal(res.status(), 200, link);
    assert.match(res.headers()['content-type'], new RegExp(type.replace('+', '\\+')));
  }
  const csv = await page.getAttribute('.share-data a:text("CSV")', 'href');
  assert.equal(csv, '/api/v1/export.csv?sector=marine');
  await screenshot(page, 'share-dialog');
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.share-dialog:not([open])', { state: 'attached' });
  assert.deepEqual(problems, []);

  // The copied snippet, pasted into another site, shows the same view.
  const embedded = await hostPage(snippet);
  const frame = embedded.frame;
  await frame.waitForSelector('body[data-hydrated="true"]', { timeout: 30_000 });
  await markersInView(frame, withSector('marine'));
  assert.equal(await frame.textContent('.embed-title'), 'Marine "high-tech"');
  assert.equal(await frame.locator('.legend').count(), 0);
  assert.equal(await frame.getAttribute('.embed', 'lang'), 'en');
  assert.match(await frame.textContent('.open-full-map'), /Open the full map/);
  assert.match(frame.url(), new RegExp(`at=${at.replaceAll('.', '\\.')}`));
  assert.deepEqual(embedded.problems, []);
});

test('print: A4 landscape with header, map, legend and the entities in view with citations', async () => {
  const { page, problems } = await openPage(browser, '/?sector=new_materials&at=118.1,24.55,10', { width: 1280, height: 800 });
  const total = withSector('new_materials');
  await markersInView(page, total);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.sidebar'), false);
  assert.equal(await page.isVisible('.site-header'), false);
  assert.ok(await page.isVisible('.print-header'));
  assert.match(await page.textContent('.print-header'), /新材料/);
  assert.match(await page.textContent('.print-date'), /\d{4}-\d{2}-\d{2}/);
  assert.ok(await page.isVisible('#map'));
  assert.ok(await page.isVisible('.legend'));
  // The browser holds only the entities in view, so the sheet lists exactly those drawn.
  await page.waitForFunction(() => document.querySelectorAll('.print-entities > li').length
    === Number(document.querySelector('#map').dataset.markers));
  const items = await page.locator('.print-entities > li').count();
  assert.ok(items > 0 && items < total, `only the entities in view (${items})`);
  const quotes = await page.locator('.print-entities > li').evaluateAll((lis) => lis.every((li) => li.querySelectorAll('.print-refs li').length > 0));
  assert.ok(quotes, 'every printed entity carries its citations');
  assert.match(await page.textContent('.print-source'), /十四五/);
  await page.setViewportSize({ width: 1123, height: 794 }); // A4 landscape at 96 dpi
  await screenshot(page, 'print-preview');
  const pdf = await page.pdf({ preferCSSPageSize: true, path: `${SHOT_DIR}print.pdf` });
  const box = pdf.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
  assert.ok(box && Number(box[1]) > Number(box[2]), `landscape page: ${box?.[0]}`);
  assert.ok(Math.abs(Number(box[1]) - 841.89) < 2, `A4 width: ${box[1]}`);
  assert.deepEqual(problems, []);
});
