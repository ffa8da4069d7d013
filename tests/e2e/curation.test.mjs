// Curation in the browser: an editor moves a city-precision site by clicking the suggest
// page's map, a reviewer approves it from the queue, an anonymous visitor sees the new point
// (precision "site", the source in the detail panel), the history shows the diff, and a
// revert restores the old point. The accounts are this run's own (in the test store).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, openPage } from './browser.mjs';

const SERVER = process.env.ATLAS_SERVER_BIN ?? 'target/release/server';
const PASSWORD = 'an e2e test password';
const run = Date.now().toString(36);
const ID = 'beidou-gaofen-big-data-platform';

function addUser(name, role) {
  const out = spawnSync(SERVER, ['user', 'add', '--role', role, name], { input: `${PASSWORD}\n`, encoding: 'utf8' });
  assert.equal(out.status, 0, out.stdout + out.stderr);
}

async function signedIn(name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/login?lang=en`);
  await page.fill('input[name=name]', name);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/account/);
  return page;
}

const entity = async () => (await (await fetch(`${BASE_URL}/api/v1/entities/${ID}`)).json()).properties;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a site moved on the map is reviewed, published, shown with its source and reverted', async () => {
  const editor = `e2e-editor-${run}`;
  const reviewer = `e2e-reviewer-${run}`;
  addUser(editor, 'editor');
  addUser(reviewer, 'reviewer');
  const original = await entity();
  assert.equal(original.members[0].precision, 'city', 'the test needs a city-precision site');

  // The editor: from the detail panel to the suggest page, then a click on its map.
  const ed = await signedIn(editor);
  await ed.goto(`${BASE_URL}/?sel=${ID}&lang=en`);
  await ed.waitForSelector('body[data-hydrated="true"]');
  await ed.click('.detail a.suggest-link');
  await ed.waitForSelector('#suggest-map[data-ready="true"]');
  const box = await ed.locator('#suggest-map').boundingBox();
  await ed.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 + 25);
  const lon = Number(await ed.inputValue('input[name=site0_lon]'));
  const lat = Number(await ed.inputValue('input[name=site0_lat]'));
  assert.notDeepEqual([lon, lat], [original.members[0].lon, original.members[0].lat]);
  assert.equal(await ed.inputValue('select[name=site0_precision]'), 'site');
  await ed.fill('textarea[name=reason]', 'Surveyed on site');
  await ed.fill('input[name=source_title]', 'Putian survey <2026>');
  await ed.fill('input[name=source_date]', '2026-11-20');
  await ed.click('form.suggest-form button[type=submit]');
  await ed.waitForURL(/\/review\?done=submitted/);
  assert.match(await ed.textContent('.notice'), /Submitted for review/);

  // The reviewer: the header's count, the queue's map of the move, approval.
  const rev = await signedIn(reviewer);
  await rev.goto(`${BASE_URL}/`);
  await rev.waitForSelector('body[data-hydrated="true"]');
  assert.ok(Number(await rev.textContent('.queue-link .queue-count')) >= 1);
  await rev.click('.queue-link');
  const card = rev.locator('article.suggestion', { hasText: 'Putian survey <2026>' });
  assert.equal(await card.locator('.move-map svg circle.move-new').count(), 1);
  await card.locator('textarea[name=comment]').fill('Matches the survey');
  await card.locator('button.approve').click();
  await rev.waitForURL(/done=approved/);

  // Anyone: the new point, precision "site", and the source in the detail panel.
  const moved = await entity();
  assert.deepEqual([moved.members[0].lon, moved.members[0].lat], [lon, lat]);
  assert.equal(moved.precision, 'site');
  const { page: anon, problems } = await openPage(browser, `/?sel=${ID}&lang=en`);
  const detail = anon.locator('.detail');
  await detail.locator('.precision').waitFor();
  assert.equal(await detail.locator('.precision').first().textContent(), 'Located to the park');
  assert.match(await detail.textContent(), /Putian survey <2026>/);
  assert.equal(await anon.locator('a.suggest-link, .queue-link').count(), 0);
  await anon.waitForSelector('path.reviewed-dot', { timeout: 15_000 });
  assert.ok(await anon.locator('.legend-reviewed').count() <= 1);
  assert.deepEqual(problems, []);

  // The history's diff, then the reviewer's revert restores the old point.
  await rev.goto(`${BASE_URL}/entities/${ID}/history?lang=en`);
  const r1 = rev.locator('article[data-revision="1"]');
  assert.match(await r1.locator('tr[data-field="members"] .diff-old').textContent(), new RegExp(original.members[0].lon.toFixed(5)));
  assert.match(await r1.locator('tr[data-field="members"] .diff-new').textContent(), new RegExp(lon.toFixed(5)));
  const base = rev.locator('article[data-revision="0"]');
  await base.locator('input[name=reason]').fill('Undo the e2e move');
  await base.locator('button[type=submit]').click();
  await rev.waitForURL(/done=reverted/);
  const reverted = await entity();
  assert.deepEqual([reverted.members[0].lon, reverted.members[0].lat], [original.members[0].lon, original.members[0].lat]);
  assert.equal(reverted.members[0].precision, 'city');
  await Promise.all([ed.context().close(), rev.context().close(), anon.close()]);
});

test('a new entity gets its site from a click on the picker, which starts on the province', async () => {
  const editor = `e2e-editor2-${run}`;
  addUser(editor, 'editor');
  const page = await signedIn(editor);
  await page.goto(`${BASE_URL}/suggest/new?lang=en`);
  await page.waitForSelector('#suggest-map[data-ready="true"]');
  assert.equal(await page.locator('.pick-marker').count(), 0, 'no site yet, no marker');
  assert.equal(await page.inputValue('input[name=site0_lon]'), '');
  await page.locator('#suggest-map').scrollIntoViewIfNeeded();
  const box = await page.locator('#suggest-map').boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const lon = Number(await page.inputValue('input[name=site0_lon]'));
  const lat = Number(await page.inputValue('input[name=site0_lat]'));
  // The province's frame: its centre is well inside Fujian's box.
  assert.ok(lon > 116 && lon < 122 && lat > 23 && lat < 28.5, `${lon},${lat}`);
  assert.equal(await page.locator('.pick-marker').count(), 1);
  await page.context().close();
});
