// The first page: server-rendered, hydrates cleanly, draws the offline base map, zooms.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launch, openPage, screenshot } from './browser.mjs';

const CITIES = ['福州市', '厦门市', '莆田市', '三明市', '泉州市', '漳州市', '南平市', '龙岩市', '宁德市'];
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('base map: 9 labelled cities, 平潭, Taiwan framed; + zooms in; no console errors', async () => {
  const { page, problems } = await openPage(browser, '/');
  await page.waitForSelector('#map[data-basemap-cities="9"]', { timeout: 30_000 });

  assert.equal(await page.locator('path.basemap-city').count(), 9, 'nine city polygons');
  const labels = await page.locator('.city-label').allTextContents();
  assert.deepEqual([...labels].sort(), [...CITIES].sort(), 'each city labelled');
  assert.equal(await page.locator('path.basemap-pingtan').count(), 1, '平潭 drawn');
  assert.match((await page.locator('.pingtan-label').textContent()) ?? '', /平潭综合实验区/);
  const context = await page.locator('.context-label').allTextContents();
  assert.ok(context.includes('台湾省'), `Taiwan labelled as a province of China: ${context}`);
  assert.equal(await page.locator('.leaflet-tile').count(), 0, 'no tile layer by default');
  assert.match(await page.locator('.leaflet-control-attribution').textContent(), /echarts/);
  assert.equal(await page.locator('.leaflet-control-scale').count(), 1, 'scale bar');
  await screenshot(page, 'home-1280x800');

  const width = async () => (await page.locator('path.basemap-city').first().boundingBox()).width;
  const before = await width();
  await page.click('.leaflet-control-zoom-in');
  await page.waitForFunction((w) => {
    const box = document.querySelector('path.basemap-city').getBoundingClientRect();
    return box.width > w * 1.5;
  }, before, { timeout: 5_000 });
  assert.ok((await width()) > before * 1.5, 'zoomed in: the city grew');

  assert.deepEqual(problems, [], 'no console errors or hydration warnings');
});

test('in English the map names cities and regions in English; the toggle switches back', async () => {
  const { page, problems } = await openPage(browser, '/?lang=en');
  await page.waitForSelector('#map[data-basemap-cities="9"]', { timeout: 30_000 });
  const labels = await page.locator('.city-label').allTextContents();
  assert.ok(labels.includes('Xiamen') && labels.includes('Fuzhou'), `${labels}`);
  assert.equal(await page.locator('.pingtan-label').textContent(), 'Pingtan');
  const context = await page.locator('.context-label').allTextContents();
  assert.ok(context.includes('Taiwan Province'), `Taiwan labelled as a province of China: ${context}`);
  await page.click('.lang-toggle');
  await page.waitForFunction(() => [...document.querySelectorAll('.city-label')].some((l) => l.textContent === '厦门市'));
  assert.ok((await page.locator('.context-label').allTextContents()).includes('台湾省'));
  assert.deepEqual(problems, []);
});

test('header names the product in Chinese and English, server-rendered', async () => {
  const res = await fetch(`${process.env.BASE_URL ?? 'http://127.0.0.1:3000'}/`);
  const html = await res.text();
  assert.match(html, /福建战新产业集群地图/);
  assert.match(html, /Fujian Cluster Atlas/);
});
