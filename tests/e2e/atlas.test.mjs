// The interactive map: filters, search, detail with citations, list, URL state, language.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, dataFile, launch, openPage, screenshot } from './browser.mjs';

const catalogue = dataFile('entities.geojson');
const count = (pred) => catalogue.features.filter((f) => pred(f.properties)).length;
const newMaterials = count((p) => p.sectors.includes('new_materials'));
const newMaterialsNational = count((p) => p.sectors.includes('new_materials') && p.tier === 'national');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const resultCount = async (page, n) => page.waitForFunction(
  (want) => document.querySelector('.result-count')?.textContent.startsWith(`${want} `), n, { timeout: 15_000 });

async function openFilters(page) {
  if (await page.getAttribute('#filters-toggle', 'aria-expanded') !== 'true') await page.click('#filters-toggle');
  await page.waitForSelector('#f-sector-new_materials');
}

test('sector filter shows the catalogue count; tier narrows it; back restores it', async () => {
  const { page, problems } = await openPage(browser, '/');
  await resultCount(page, catalogue.features.length);
  await openFilters(page);
  await page.click('#f-sector-new_materials');
  await resultCount(page, newMaterials);
  await page.waitForSelector(`#map[data-markers="${newMaterials}"]`);
  assert.match(page.url(), /sector=new_materials/);
  await page.click('#f-tier-national');
  await resultCount(page, newMaterialsNational);
  assert.ok(newMaterialsNational < newMaterials);
  await page.goBack();
  await resultCount(page, newMaterials);
  assert.equal(await page.isChecked('#f-tier-national'), false, 'back un-checks the tier');
  assert.deepEqual(problems, []);
});

test('toggling a filter with the keyboard keeps the focus on that checkbox', async () => {
  const { page, problems } = await openPage(browser, '/');
  await openFilters(page);
  await page.focus('#f-sector-marine');
  await page.keyboard.press('Space');
  await resultCount(page, count((p) => p.sectors.includes('marine')));
  // The counts re-render the checkboxes; the keyboard must not be thrown back to the page.
  await page.waitForFunction(() => document.activeElement?.id === 'f-sector-marine', null, { timeout: 5_000 });
  assert.ok(await page.isChecked('#f-sector-marine'));
  // Next come the sub-industries the checked sector now shows, nested under it.
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement?.id), /^f-chain-marine\./);
  assert.deepEqual(problems, []);
});

test('search "xmhj" finds 厦门火炬高新区 and Enter opens its detail with every quote', async () => {
  const { page, problems } = await openPage(browser, '/');
  await page.fill('#search-input', 'xmhj');
  await page.waitForFunction(() => document.querySelector('.result .result-name')?.textContent === '厦门火炬高新区');
  await page.focus('.result');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.detail-title');
  assert.equal(await page.textContent('.detail-title'), '厦门火炬高新区');
  const torch = catalogue.features.find((f) => f.id === 'xiamen-torch-hi-tech-zone');
  assert.equal(await page.locator('.citation').count(), torch.properties.refs.length);
  assert.ok((await page.textContent('.citations')).includes(torch.properties.refs[0].quote));
  assert.deepEqual(problems, []);
});

test('clicking a marker opens its detail; the URL reproduces the view in a new page', async () => {
  const { page, problems } = await openPage(browser, '/?sector=marine&at=118.1,24.5,8');
  await page.waitForSelector('path.entity-marker');
  await page.locator('path.entity-marker').first().click({ force: true });
  await page.waitForSelector('.detail-title');
  const title = await page.textContent('.detail-title');
  await page.waitForFunction(() => location.search.includes('sel='));
  await page.waitForTimeout(1000); // the map pans to the selection; let the URL settle
  const url = page.url();
  assert.match(url, /sector=marine/);
  assert.match(url, /at=/);
  const again = await openPage(browser, url.replace(BASE_URL, ''));
  await again.page.waitForSelector('.detail-title');
  assert.equal(await again.page.textContent('.detail-title'), title);
  assert.equal(await again.page.isChecked('#f-sector-marine').catch(() => null) ?? true, true);
  assert.equal(new URL(again.page.url()).searchParams.get('at'), new URL(url).searchParams.get('at'));
  assert.deepEqual([...problems, ...again.problems], []);
});

test('list keyboard navigation and the English toggle', async () => {
  const { page, problems, searches } = await openPage(browser, '/?city=%E5%8E%A6%E9%97%A8%E5%B8%82');
  await page.waitForSelector('.result');
  await page.focus('.result');
  await page.keyboard.press('ArrowDown');
  const second = await page.locator('.result').nth(1).locator('.result-name').textContent();
  const id = await page.locator('.result').nth(1).getAttribute('data-id');
  const asked = searches.length;
  await page.keyboard.press('Enter');
  await page.waitForSelector('.detail-title');
  assert.equal(await page.textContent('.detail-title'), second);
  // The map flies to it and the list reloads for the new view: the keyboard keeps its place.
  while (searches.length === asked) await page.waitForTimeout(50);
  await searches.at(-1);
  await page.waitForFunction((want) => document.activeElement?.dataset?.id === want, id, { timeout: 5_000 });
  await page.click('.lang-toggle');
  await page.waitForFunction(() => document.querySelector('#filters-toggle')?.textContent === 'Filters');
  assert.match(page.url(), /lang=en/);
  assert.equal(await page.getAttribute('#map', 'aria-label'), 'Map of Fujian');
  assert.equal(await page.getAttribute('aside.detail', 'aria-label'), 'Details');
  assert.deepEqual(problems, []);
});

test('screenshots at phone and desktop sizes, no layout overlap', async () => {
  for (const [w, h] of [[375, 667], [1920, 1080]]) {
    const { page, problems } = await openPage(browser, '/?sel=graphene-cluster', { width: w, height: h });
    await page.waitForSelector('#map[data-markers]');
    await page.waitForSelector('.detail-title');
    // Clusters and the base map arrive asynchronously: shoot what a person would see.
    await page.waitForSelector('#map[data-basemap-cities="9"]');
    await page.waitForSelector('path.entity-marker, .cluster-icon');
    const map = await page.locator('#map').boundingBox();
    const sidebar = await page.locator('.sidebar').boundingBox();
    const overlap = !(map.x + map.width <= sidebar.x + 1 || sidebar.x + sidebar.width <= map.x + 1
      || map.y + map.height <= sidebar.y + 1 || sidebar.y + sidebar.height <= map.y + 1);
    assert.equal(overlap, false, `map and sidebar overlap at ${w}x${h}`);
    // Every header control fits in the width (the header clips what does not).
    for (const el of await page.locator('.site-header a, .site-header button').all()) {
      const box = await el.boundingBox();
      if (box) assert.ok(box.x + box.width <= w + 0.5, `${await el.textContent()} cut off at ${w}x${h}`);
    }
    await screenshot(page, `atlas-${w}x${h}`);
    assert.deepEqual(problems, []);
  }
});

test('sorting by tier puts a national entity first and survives a reload', async () => {
  const { page, problems } = await openPage(browser, '/');
  await resultCount(page, catalogue.features.length);
  await page.selectOption('#result-sort', 'tier');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'tier');
  const tierOf = (id) => catalogue.features.find((f) => f.id === id).properties.tier;
  const firstId = () => page.locator('.result').first().getAttribute('data-id');
  await page.waitForFunction(() => document.querySelector('.result')?.dataset.id, null, { timeout: 15_000 });
  assert.equal(tierOf(await firstId()), 'national');
  await page.reload();
  await page.waitForSelector('body[data-hydrated="true"]', { timeout: 30_000 });
  await resultCount(page, catalogue.features.length);
  assert.match(page.url(), /sort=tier/);
  assert.equal(await page.inputValue('#result-sort'), 'tier');
  assert.equal(tierOf(await firstId()), 'national');
  assert.deepEqual(problems, []);
});

test('zoomed in on Xiamen, the browser fetches and lists only the entities in view', async () => {
  const total = catalogue.features.length;
  const { page, problems, searches } = await openPage(browser, '/?at=118.1,24.5,11');
  await resultCount(page, total);
  // Once the map is measured, the search asks for its view; wait for that answer.
  await page.waitForFunction((n) => {
    const rows = document.querySelectorAll('.result').length;
    return rows > 0 && rows < n && document.querySelector('#map').dataset.markers === String(rows);
  }, total);
  const shown = await page.locator('.result').count();
  assert.equal(await page.textContent('.result-in-view'), `地图范围内 ${shown} 个（共 ${total} 个）`);
  const last = await searches.at(-1);
  assert.equal(last.number_matched, total, 'the count stays province-wide');
  assert.equal(last.entities.length, shown, 'the browser holds exactly the rows it lists');
  // Every entity sent has a site in the map's view (Web Mercator from the centre and size).
  const [w, h] = await page.$eval('#map', (el) => [el.clientWidth, el.clientHeight]);
  const perPx = 360 / (256 * 2 ** 11);
  const [dx, dy] = [(w / 2) * perPx + 0.002, (h / 2) * perPx * Math.cos((24.5 * Math.PI) / 180) + 0.002];
  for (const e of last.entities) {
    const inside = e.properties.members.some((m) => Math.abs(m.lon - 118.1) <= dx && Math.abs(m.lat - 24.5) <= dy);
    assert.ok(inside, `${e.id} has a site in view`);
  }
  assert.deepEqual(problems, []);
});

test('when nothing matches, the list says so and offers to clear the filters', async () => {
  const { page, problems } = await openPage(browser, '/?q=zzqqxx&tier=national&at=118.1,24.5,9');
  await page.waitForSelector('.result-list .empty');
  assert.equal(await page.locator('.result').count(), 0);
  await page.click('.result-list .empty .clear-filters');
  await page.waitForSelector('.result');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('q'), null);
  assert.equal(url.searchParams.get('tier'), null);
  assert.equal(url.searchParams.get('at'), '118.1000,24.5000,9', 'the view stays');
  assert.deepEqual(problems, []);
});
