// What the map draws: markers lit from the list and back, kind badges, the legend, sector
// rings, the lines joining a multi-site entity's sites, and the server's cluster donuts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { dataFile, launch, openPage } from './browser.mjs';

const catalogue = dataFile('entities.geojson');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('hovering a row lights its marker and vice versa; the legend matches what is drawn', async () => {
  const { page, problems } = await openPage(browser, '/?city=%E4%B8%89%E6%98%8E%E5%B8%82&at=117.6,26.2,9');
  await page.waitForSelector('#map[data-markers]');
  const row = page.locator('.result').first();
  const id = await row.getAttribute('data-id');
  await row.hover();
  await page.waitForSelector('path.entity-marker.hovered');
  const lit = await page.$$eval('path.entity-marker.hovered', (els) => els.length);
  const sites = catalogue.features.find((f) => f.id === id).properties.members.length;
  assert.equal(lit, sites, 'every site of the hovered row is lit');
  await page.mouse.move(0, 0);
  await page.locator('path.entity-marker').last().hover({ force: true });
  await page.waitForSelector('.result.hovered');

  // Fills and second-sector rings: every colour drawn.
  const drawn = await page.$$eval('path.entity-marker, path.sector-ring', (els) =>
    [...new Set(els.map((e) => [...e.classList].find((c) => c.startsWith('sector-') && c !== 'sector-ring').slice(7)))].sort());
  const legend = await page.$$eval('.legend-sector', (els) => els.map((e) => e.dataset.sector).sort());
  assert.deepEqual(legend, drawn, 'one legend entry per sector colour on the map');
  // Every marker wears its kind's badge, and the legend spells out each badge drawn.
  const markers = await page.locator('path.entity-marker').count();
  const badges = await page.$$eval('.leaflet-marker-icon.kind-badge', (els) =>
    els.map((e) => [...e.classList].find((c) => c.startsWith('kind-') && c !== 'kind-badge').slice(5)));
  assert.equal(badges.length, markers, 'one badge per marker');
  const kinds = await page.$$eval('.legend-kind', (els) => els.map((e) => e.dataset.kind).sort());
  assert.deepEqual(kinds, [...new Set(badges)].sort(), 'one legend entry per kind badge on the map');
  assert.deepEqual(problems, []);
});

test('at low zoom, server clusters are sector-mix donuts with counts; clicking one zooms in', async () => {
  const { page, problems } = await openPage(browser, '/?at=118.3,25.9,6');
  await page.waitForSelector('.cluster-icon');
  const inClusters = await page.$$eval('.cluster-icon text', (ts) => ts.reduce((n, t) => n + Number(t.textContent), 0));
  const singles = await page.locator('path.entity-marker').count();
  const sites = catalogue.features.reduce((n, f) => n + f.properties.members.length, 0);
  assert.ok(inClusters > 1 && inClusters + singles >= sites - 5, `${inClusters} clustered + ${singles} single of ${sites} sites`);
  assert.ok(await page.locator('.cluster-icon circle[stroke]').count() > 0, 'donut arcs drawn');
  await page.locator('.cluster-icon').first().click();
  await page.waitForFunction(() => Number(new URLSearchParams(location.search).get('at')?.split(',')[2]) > 6, null, { timeout: 10_000 });
  assert.deepEqual(problems, []);
});

test('a multi-sector entity gets a ring in its second sector colour; tooltips name the kind', async () => {
  const sectors = dataFile('sectors.json');
  const multi = catalogue.features.find((f) => f.properties.sectors.length > 1);
  const { lon, lat } = multi.properties.members[0];
  const { page, problems } = await openPage(browser, `/?sel=${multi.id}&at=${lon},${lat},11`);
  await page.waitForSelector('path.sector-ring', { state: 'attached' }); // rings off-screen are drawn empty
  const second = sectors.find((s) => s.id === multi.properties.sectors[1]).color;
  const strokes = await page.$$eval('path.sector-ring', (els) => els.map((e) => e.getAttribute('stroke').toLowerCase()));
  assert.ok(strokes.includes(second.toLowerCase()), `${second} in ${strokes}`);
  await page.locator('path.entity-marker.selected').first().hover({ force: true });
  await page.waitForSelector('.leaflet-tooltip');
  assert.ok((await page.textContent('.leaflet-tooltip')).startsWith(`${multi.properties.name_zh} · `));
  assert.deepEqual(problems, []);
});

test('a multi-site entity joins its sites while hovered, and while selected', async () => {
  const multi = catalogue.features.find((f) => f.id === 'graphene-cluster');
  const sites = multi.properties.members.length;
  const { lon, lat } = multi.properties.members[0];
  const { page, problems } = await openPage(browser, `/?at=${lon},${lat},9`);
  const row = page.locator(`.result[data-id="${multi.id}"]`);
  await row.waitFor();
  assert.equal(await page.locator('path.entity-link').count(), 0, 'no lines at rest');
  await row.hover();
  await page.waitForSelector('path.entity-link');
  assert.equal(await page.locator('path.entity-marker.hovered').count(), sites, 'all its sites lit');
  await page.mouse.move(640, 20);
  await page.waitForFunction(() => !document.querySelector('path.entity-link'));
  await row.click();
  await page.waitForSelector('.detail-title');
  await page.mouse.move(640, 20);
  await page.waitForSelector('path.entity-link');
  assert.equal(await page.locator('path.entity-marker.selected').count(), sites);
  assert.deepEqual(problems, []);
});
