// Search suggestions: a combobox under the search box; picking one opens the detail and
// flies the map to the entity.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launch, openPage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const zoomOf = (url) => Number(new URL(url).searchParams.get('at')?.split(',')[2] ?? 0);

test('typing "xmhj" suggests 厦门火炬高新区; arrow + Enter opens it and flies there', async () => {
  const { page, problems } = await openPage(browser, '/');
  await page.fill('#search-input', 'xmhj');
  await page.waitForSelector('#search-suggestions .suggestion');
  assert.equal(await page.getAttribute('#search-input', 'aria-expanded'), 'true');
  assert.equal(await page.textContent('#suggestion-0 .suggestion-name'), '厦门火炬高新区');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getAttribute('#search-input', 'aria-activedescendant'), 'suggestion-0');
  assert.equal(await page.getAttribute('#suggestion-0', 'aria-selected'), 'true');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.detail-title');
  assert.equal(await page.textContent('.detail-title'), '厦门火炬高新区');
  assert.equal(await page.isHidden('#search-suggestions'), true, 'list closes after a pick');
  await page.waitForFunction(() => location.search.includes('at='), null, { timeout: 10_000 });
  await page.waitForFunction(() => Number(new URLSearchParams(location.search).get('at').split(',')[2]) >= 10, null, { timeout: 10_000 });
  const [lon, lat] = new URL(page.url()).searchParams.get('at').split(',').map(Number);
  assert.ok(Math.abs(lon - 118.1) < 0.3 && Math.abs(lat - 24.5) < 0.3, `map over Xiamen: ${lon},${lat}`);
  assert.ok(zoomOf(page.url()) >= 10);
  assert.deepEqual(problems, []);
});

test('English suggestions by click; Escape closes the list', async () => {
  const { page, problems } = await openPage(browser, '/?lang=en');
  await page.fill('#search-input', 'graphene');
  await page.waitForSelector('#search-suggestions .suggestion');
  const names = await page.locator('.suggestion-name').allTextContents();
  assert.ok(names.length > 0 && names.every((n) => /graphene/i.test(n) || n.length > 0));
  await page.keyboard.press('Escape');
  assert.equal(await page.isHidden('#search-suggestions'), true);
  assert.equal(await page.getAttribute('#search-input', 'aria-expanded'), 'false');
  assert.equal(await page.inputValue('#search-input'), 'graphene', 'Escape closes the list, keeps the text');
  await page.keyboard.press('ArrowDown');
  await page.waitForSelector('#search-suggestions .suggestion');
  const first = await page.getAttribute('#suggestion-0', 'data-id');
  await page.click('#suggestion-0');
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('sel') === id, first);
  await page.waitForSelector('.detail-title');
  assert.deepEqual(problems, []);
});

test('a related entity in the detail panel opens its own detail', async () => {
  const { page, problems } = await openPage(browser, '/?sel=graphene-cluster');
  await page.waitForSelector('.detail .related button[data-id]');
  const next = await page.getAttribute('.detail .related button[data-id]', 'data-id');
  const name = await page.textContent('.detail .related button[data-id]');
  await page.click('.detail .related button[data-id]');
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('sel') === id, next);
  await page.waitForFunction((n) => document.querySelector('.detail-title')?.textContent === n, name);
  assert.deepEqual(problems, []);
});
