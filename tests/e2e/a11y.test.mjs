// axe-core (npm) in the page: no serious or critical accessibility violations.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';

import { launch, openPage } from './browser.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function violations(path, viewport, prepare = async () => {}) {
  // axe is injected as an inline script, which the page's CSP rightly refuses.
  const { page, problems } = await openPage(browser, path, viewport, { bypassCSP: true });
  await page.waitForSelector('#map[data-markers]');
  await prepare(page);
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    // Leaflet's map container is an interactive widget whose internals axe cannot judge.
    const r = await window.axe.run(document, { exclude: [['.leaflet-pane']] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return { serious: result.filter((v) => v.impact === 'serious' || v.impact === 'critical'), problems };
}

const openShare = async (page) => {
  await page.click('.share-button');
  await page.waitForSelector('dialog[open] #share-embed');
};
const suggest = async (page) => {
  await page.fill('#search-input', 'xm');
  await page.waitForSelector('#search-suggestions .suggestion');
  await page.keyboard.press('ArrowDown');
};

for (const [path, viewport, prepare, what] of [
  ['/', { width: 1280, height: 800 }],
  ['/?sel=graphene-cluster&panel=filters', { width: 1280, height: 800 }],
  ['/?sel=xiamen-torch-hi-tech-zone&lang=en', { width: 375, height: 667 }],
  ['/?sector=marine', { width: 1280, height: 800 }, openShare, 'share dialog open'],
  ['/', { width: 375, height: 667 }, suggest, 'search suggestions open'],
  ['/embed?sector=marine&title=Marine', { width: 800, height: 450 }],
]) {
  test(`axe: no serious/critical violations at ${path} (${viewport.width}px${what ? `, ${what}` : ''})`, async () => {
    const { serious, problems } = await violations(path, viewport, prepare);
    assert.deepEqual(serious, [], JSON.stringify(serious, null, 1));
    assert.deepEqual(problems, []);
  });
}
