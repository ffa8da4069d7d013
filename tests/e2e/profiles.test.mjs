// The sector overview (panel=sectors) and city profiles: expectations come from the data files.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { dataFile as data, launch, openPage } from './browser.mjs';

const catalogue = data('entities.geojson');
// cross_sector is the catalogue's catch-all, not one of the plan's eight fields.
const fields = data('sectors.json').filter((s) => s.id !== 'cross_sector');
const indicators = data('indicators.json');
const count = (pred) => catalogue.features.filter((f) => pred(f.properties)).length;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const resultCount = async (page, n) => page.waitForFunction(
  (want) => document.querySelector('.result-count')?.textContent.startsWith(`${want} `), n, { timeout: 15_000 });

test('sector overview lists the eight fields and 表1; a field opens its filtered map', async () => {
  const { page, problems } = await openPage(browser, '/?panel=sectors');
  await page.waitForSelector('.sector-table tbody tr');
  assert.equal(fields.length, 8);
  assert.equal(await page.locator('.sector-table tbody tr').count(), fields.length);
  const it = fields.find((s) => s.name_zh === '新一代信息技术');
  const target = await page.textContent(`.sector-table tr[data-sector="${it.id}"] .target`);
  assert.ok(target.includes(String(it.target_2025_value_added_yi)), target);
  const unstated = fields.find((s) => s.target_2025_value_added_yi === null);
  if (unstated) {
    const text = await page.textContent(`.sector-table tr[data-sector="${unstated.id}"] .target`);
    assert.equal(text, '规划未明确');
  }
  assert.equal(await page.locator('.indicator-table tbody tr').count(), indicators.length);

  const field = fields.find((s) => s.id === 'marine');
  await page.focus(`.sector-table tr[data-sector="${field.id}"] .sector-link`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('sector') === id, field.id);
  assert.equal(new URL(page.url()).searchParams.get('panel'), null, 'the overview closes');
  await resultCount(page, count((p) => p.sectors.includes(field.id)));
  assert.deepEqual(problems, []);
});

test('city profile for 厦门市 counts its entities and shows them on the map', async () => {
  const { page, problems } = await openPage(browser, '/');
  const city = '厦门市';
  const total = count((p) => p.cities.includes(city));
  await page.selectOption('#profile-city', city);
  await page.waitForFunction((c) => new URLSearchParams(location.search).get('profile') === c, city);
  await page.waitForSelector('.profile-total');
  assert.equal(Number(await page.getAttribute('.profile-total', 'data-total')), total);
  assert.equal(await page.textContent('.profile-title'), city);
  const sectorSum = await page.locator('.profile-sectors tbody tr').count();
  assert.ok(sectorSum > 0, 'the profile lists sectors');

  // The same profile, rendered on the server for a shared link.
  const again = await openPage(browser, `/?profile=${encodeURIComponent(city)}`);
  assert.equal(Number(await again.page.getAttribute('.profile-total', 'data-total')), total);

  await page.click('.show-on-map');
  await page.waitForFunction((c) => new URLSearchParams(location.search).get('city') === c, city);
  await resultCount(page, total);
  assert.deepEqual([...problems, ...again.problems], []);
});

test('clicking a city polygon on the map opens its profile', async () => {
  const { page, problems } = await openPage(browser, '/');
  await page.waitForSelector('#map[data-basemap-cities="9"]');
  await page.waitForSelector('path.entity-marker, .cluster-icon');
  // A point of 南平市 (adcode 350700) where the polygon itself is topmost (no marker on it).
  const point = await page.evaluate(() => {
    const path = document.querySelector('path.adcode-350700');
    const b = path.getBoundingClientRect();
    for (let fy = 0.2; fy < 0.9; fy += 0.05) {
      for (let fx = 0.2; fx < 0.9; fx += 0.05) {
        const [x, y] = [b.left + b.width * fx, b.top + b.height * fy];
        if (document.elementFromPoint(x, y) === path) return { x, y };
      }
    }
    return null;
  });
  assert.ok(point, 'an uncovered point of the polygon');
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('profile') === '南平市');
  await page.waitForSelector('.profile-total');
  assert.equal(Number(await page.getAttribute('.profile-total', 'data-total')), count((p) => p.cities.includes('南平市')));
  assert.deepEqual(problems, []);
});
