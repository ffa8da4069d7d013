// One grammar in the browser too: the wasm reads URL parameters with the same parsers as
// the server (server/tests/it/one_grammar.rs has the whole table), so a parameter the image
// export refuses is one the page reports, by name; and the page's legend lists the same
// rows as the image of the same view.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, openPage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TABLE = [
  ['at=118.1,24.5,9.25', ''],
  ['at=118.1,86,9', 'at'],
  ['at=24.5,118.1,9', 'at'],
  ['at=inf,24,5', 'at'],
  ['legend=true', 'legend'],
  ['lang=fr', 'lang'],
  ['city=%E5%8E%A6%E9%97%A8', ''],
  ['profile=%E4%B8%8A%E6%B5%B7', 'profile'],
  ['sort=size', 'sort'],
];

test('the page and the image export accept and refuse the same parameters', async () => {
  for (const [qs, bad] of TABLE) {
    const { page } = await openPage(browser, `/embed?${qs}`);
    const shown = await page.locator('.url-error').count()
      ? await page.textContent('.url-error') : '';
    const image = await page.request.get(`${BASE_URL}/api/v1/render.svg?${qs}`);
    if (bad) {
      assert.ok(shown.startsWith(`${bad}:`), `page reading ${qs}: ${shown}`);
      assert.equal(image.status(), 400, qs);
      assert.equal((await image.json()).error.param, bad, qs);
    } else {
      assert.equal(shown, '', `page reading ${qs}`);
      assert.equal(image.status(), 200, qs);
    }
    await page.close();
  }
});

/** `[class, data-value]` of every legend row, in order. */
const rowsOf = (els) => els.map((e) => [e.getAttribute('class'),
  e.dataset.sector ?? e.dataset.tier ?? e.dataset.kind ?? '']);

test('the web legend and the image legend list the same rows for the same view', async () => {
  // The embed page's map fills the window: at 1280×610 it shows what a 1280×720 picture
  // shows between its title band and footer.
  for (const view of ['city=%E5%8E%A6%E9%97%A8%E5%B8%82&at=118.12,24.55,10', 'sector=new_energy&at=118.4,25.9,7',
    'tier=national&at=119.0,26.0,7.5']) {
    const { page, problems } = await openPage(browser, `/embed?${view}`, { width: 1280, height: 610 });
    await page.waitForSelector('.legend-rows li');
    await page.waitForTimeout(300); // a cluster answer may redraw once more
    const web = await page.$$eval('.legend-rows li', rowsOf);
    const svg = await (await page.request.get(`${BASE_URL}/api/v1/render.svg?${view}&size=1280x720`)).text();
    await page.setContent(svg);
    const image = await page.$$eval('g.legend > g', rowsOf);
    assert.deepEqual(web, image, view);
    assert.deepEqual(problems, []);
    await page.close();
  }
});
