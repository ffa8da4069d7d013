// The plan beside the map (issue 15): the reader's "show on map", mentions and citations,
// the plan staying Chinese in English, industry search with its evidence, sub-industry
// filters in the URL, and /plan on its own. Expectations come from the API, not literals.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, openPage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const api = async (path) => (await fetch(`${BASE_URL}${path}`)).json();
const param = (page, name) => new URL(page.url()).searchParams.get(name);

test('a 专栏\'s "show on map" filters the map to the entities it names', async () => {
  const { page, problems } = await openPage(browser, '/?read=box9');
  const button = page.locator('.plan-text a.show-section[data-section="box9"]');
  await button.waitFor();
  const expected = (await api('/api/v1/entities?section=box9&limit=1')).numberMatched;
  assert.ok(expected > 10, `box9 names ${expected}`);
  assert.match(await button.textContent(), new RegExp(`\\(${expected}\\)$`));
  await button.click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('section') === 'box9');
  await page.waitForFunction((n) => document.querySelector('.result-count')?.textContent.startsWith(`${n} `), expected);
  assert.equal(new URL(page.url()).pathname, '/');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a mention selects its entity on the map, in place', async () => {
  const { page, problems } = await openPage(browser, '/?read=box9');
  const mention = page.locator('.plan-text a.mention').first();
  await mention.waitFor();
  const id = await mention.getAttribute('data-id');
  await mention.click();
  await page.waitForFunction((want) => new URL(location.href).searchParams.get('sel') === want, id);
  const entity = await api(`/api/v1/entities/${id}`);
  await page.waitForSelector('.detail-title');
  assert.equal(await page.textContent('.detail-title'), entity.properties.name_zh);
  assert.ok(await page.locator('.plan-reader').isVisible(), 'the reader stays open');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a citation opens the reader at its passage, scrolled to and highlighted', async () => {
  const id = 'fuzhou-new-functional-materials-cluster';
  const { page, problems } = await openPage(browser, `/?sel=${id}`);
  // The reader's stylesheet arrives late, as on a slow line: the scroll must survive it.
  await page.route('**/plan.css', async (route) => {
    await new Promise((resolve) => { setTimeout(resolve, 800); });
    await route.continue();
  });
  const cite = page.locator('.detail .read-passage').first();
  await cite.waitFor();
  const passage = await cite.getAttribute('data-read');
  await cite.click();
  const target = page.locator('.plan-text .passage.target');
  await target.first().waitFor();
  assert.equal(param(page, 'read'), passage);
  assert.ok((await target.evaluateAll((els) => els.map((e) => e.id))).includes(`passage-${passage}`));
  // Scrolled into the reader's view.
  await page.waitForFunction((pid) => {
    const el = document.getElementById(`passage-${pid}`);
    const box = document.querySelector('.plan-reader').getBoundingClientRect();
    const r = el.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom;
  }, passage);
  const quote = (await api(`/api/v1/entities/${id}`)).properties.refs[0].quote;
  assert.ok((await target.first().textContent()).includes(quote.slice(0, 6)), quote);
  assert.deepEqual(problems, []);
  await page.close();
});

test('in English the UI and names switch and the plan stays Chinese', async () => {
  const text = async (qs) => {
    const { page, problems } = await openPage(browser, `/?read=box9${qs}`);
    await page.locator('.plan-text .passage').first().waitFor();
    const out = {
      title: await page.textContent('#plan-reader-title'),
      // The plan's own words: each passage without its "show on map" button.
      passages: await page.locator('.plan-text .passage').evaluateAll((els) => els.map((e) => {
        const words = e.cloneNode(true);
        words.querySelectorAll('.show-section').forEach((b) => b.remove());
        return [e.lang, words.textContent.trim()];
      })),
      button: await page.textContent('.plan-text a.show-section'),
    };
    assert.deepEqual(problems, []);
    await page.close();
    return out;
  };
  const [zh, en] = [await text(''), await text('&lang=en')];
  assert.notEqual(zh.title, en.title);
  assert.ok(en.passages.every(([, t]) => /[\u4e00-\u9fff]/.test(t)), 'every passage in Chinese');
  assert.ok(en.passages.every(([lang]) => lang === 'zh-CN'));
  assert.deepEqual(en.passages, zh.passages);
  assert.match(en.button, /^Show on map/);
});

test('an industry search ranks by the plan\'s passages and shows the matched span', async () => {
  const { page, problems } = await openPage(browser, '/');
  await page.click('.search-mode[data-mode="industry"]');
  await page.fill('#search-input', '膜材料');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('industry') === '膜材料');
  const best = (await api(`/api/v1/entities?industry=${encodeURIComponent('膜材料')}&limit=1`)).features[0];
  // 膜材料 is not in its name: only its passage says it.
  assert.ok(!best.properties.name_zh.includes('膜材料'));
  const row = page.locator(`.results li[data-id="${best.id}"]`);
  await row.locator('.evidence mark').first().waitFor();
  assert.ok((await row.locator('.evidence mark').allTextContents()).join('').includes('膜材料'));
  assert.equal(await page.getAttribute('.search-mode[data-mode="industry"]', 'aria-pressed'), 'true');
  // Sectors without a match (some are, for 膜材料) stay in line with the others.
  const boxes = page.locator('.facet-item:not(.facet-sub .facet-item) input');
  assert.ok(await page.locator('.facet-item.empty').count() > 0);
  const xs = new Set(await boxes.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().x))));
  assert.equal(xs.size, 1, `checkbox columns: ${[...xs]}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a sub-industry filter round-trips through the URL', async () => {
  const { chains } = await api('/api/v1/chains');
  const chain = chains.find((c) => c.sector === 'new_energy');
  const { page, problems } = await openPage(browser, '/?sector=new_energy');
  const box = page.locator(`.facet-sub[data-facet="chain"] input[value="${chain.id}"]`);
  await box.check();
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('chain') === id, chain.id);
  const expected = (await api(`/api/v1/entities?sector=new_energy&chain=${chain.id}&limit=1`)).numberMatched;
  await page.reload();
  await page.waitForSelector('body[data-hydrated="true"]');
  assert.ok(await page.locator(`.facet-sub input[value="${chain.id}"]`).isChecked());
  await page.waitForFunction((n) => document.querySelector('.result-count')?.textContent.startsWith(`${n} `), expected);
  assert.deepEqual(problems, []);
  await page.close();
});

test('/plan reads on its own: search, a hit opens its passage, mentions link to the map', async () => {
  const { page, problems } = await openPage(browser, '/plan');
  await page.fill('#plan-search-input', '海上风电');
  await page.press('#plan-search-input', 'Enter');
  const hits = (await api(`/api/v1/plan/search?q=${encodeURIComponent('海上风电')}`));
  const count = (hits.hits ?? hits).length;
  await page.locator('.plan-hits li').first().waitFor();
  assert.equal(await page.locator('.plan-hits li').count(), count);
  assert.equal(await page.locator('.plan-hits mark').first().textContent(), '海上风电');
  await page.locator('.plan-hits button[data-read]').first().click();
  await page.locator('.plan-text .passage.target').first().waitFor();
  assert.equal(new URL(page.url()).pathname, '/plan');
  const href = await page.locator('.plan-text a.mention').first().getAttribute('href');
  assert.match(href, /^\/\?sel=/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the first page does not load the reader', async () => {
  const { page } = await openPage(browser, '/');
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.ok(!files.some((f) => /plan\.css|split_reader_aside|split_plan_page/.test(f)), files.join('\n'));
  await page.close();
});
