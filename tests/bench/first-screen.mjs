// First screen, side by side in one run (a benchmark for BENCHMARKS.md, not a test): the
// atlas against its peer, a plain Leaflet + Leaflet.markercluster page on the atlas's own
// data files (tests/bench/plain-leaflet.html, served here like any static site: gzip).
// Cold headless Chromium at 1280×800; runs alternate between the two pages.
// Usage: node tests/bench/first-screen.mjs http://127.0.0.1:3000/ [runs]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { launch } from '../e2e/browser.mjs';

const atlasUrl = process.argv[2] ?? 'http://127.0.0.1:3000/';
// 21 by default: the first frame's time varies by ±40 ms from run to run on a 2-core machine,
// so a median of 5 or 9 moved the ratio by ±0.07 between sittings (BENCHMARKS.md).
const runs = Number(process.argv[3] ?? 21);
const root = new URL('../../', import.meta.url);
const file = (p) => readFileSync(new URL(p, root));
const FILES = {
  '/': ['tests/bench/plain-leaflet.html', 'text/html'],
  '/leaflet/leaflet.js': ['node_modules/leaflet/dist/leaflet.js', 'text/javascript'],
  '/leaflet/leaflet.css': ['node_modules/leaflet/dist/leaflet.css', 'text/css'],
  '/markercluster/leaflet.markercluster.js': ['node_modules/leaflet.markercluster/dist/leaflet.markercluster.js', 'text/javascript'],
  '/markercluster/MarkerCluster.css': ['node_modules/leaflet.markercluster/dist/MarkerCluster.css', 'text/css'],
  '/markercluster/MarkerCluster.Default.css': ['node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css', 'text/css'],
  '/data/entities.geojson': ['data/entities.geojson', 'application/geo+json'],
  '/data/basemap.geojson': ['data/basemap/fujian.geojson', 'application/geo+json'],
};
// Compressed once, as a static server with precompressed files would send them.
const bodies = Object.fromEntries(Object.entries(FILES).map(([url, [path, type]]) => [url, { type, gz: gzipSync(file(path), { level: 9 }) }]));
const peer = createServer((req, res) => {
  const body = bodies[req.url.split('?')[0]];
  if (!body) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': body.type, 'content-encoding': 'gzip', 'cache-control': 'no-cache' }).end(body.gz);
});
await new Promise((r) => peer.listen(0, '127.0.0.1', r));
const peerUrl = `http://127.0.0.1:${peer.address().port}/`;

/** Records, in the page's own clock, when a frame has been painted with the first live
 * marker or cluster symbol (`live`), with the atlas's first-view picture (`preview`: the
 * server's drawing of the same symbols, shown until Leaflet has drawn), and when the page
 * hydrated. `markers` is whichever came first. */
const probe = (selector) => {
  const mark = (name) => requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__t ??= {};
    window.__t[name] ??= performance.now();
    if (name !== 'hydrated') window.__t.markers ??= window.__t[name];
  }));
  new MutationObserver(() => {
    if (!window.__t?.live && document.querySelector(selector)) mark('live');
    if (!window.__t?.hydrated && document.body?.dataset.hydrated) mark('hydrated');
  }).observe(document, { subtree: true, childList: true, attributes: true });
  // The picture is painted by the compositor as soon as it is decoded, even while the main
  // thread hydrates, so its paint time comes from Element Timing, not from a frame callback.
  new PerformanceObserver((list) => list.getEntries().forEach((e) => {
    if (e.identifier !== 'map-preview' || !e.renderTime) return;
    window.__t ??= {};
    window.__t.preview ??= e.renderTime;
    window.__t.markers = Math.min(window.__t.markers ?? Infinity, e.renderTime);
  })).observe({ type: 'element', buffered: true });
};

async function measure(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(probe, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__t?.live, null, { timeout: 30_000 });
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource').map((r) => ({ path: r.name.replace(location.origin, ''), end: r.responseEnd, sent: r.transferSize }));
    const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime;
    return { ...window.__t, html: nav.responseEnd, interactive: nav.domInteractive, fcp, htmlBytes: nav.transferSize, res };
  });
  await context.close();
  const before = t.res.filter((r) => r.end <= t.markers);
  const at = (part) => t.res.find((r) => r.path.includes(part))?.end;
  return {
    markers: t.markers, preview: t.preview, live: t.live, html: t.html, interactive: t.interactive, fcp: t.fcp, hydrated: t.hydrated,
    staticDone: Math.max(...t.res.filter((r) => !r.path.startsWith('/api/') && !r.path.startsWith('/data/')).map((r) => r.end)),
    basemap: at('basemap'), clusters: at('/api/v1/clusters'),
    bytes: t.htmlBytes + before.reduce((n, r) => n + r.sent, 0),
  };
}

const browser = await launch();
const results = { atlas: [], peer: [] };
for (let i = 0; i < runs; i++) {
  results.atlas.push(await measure(browser, atlasUrl, 'path.entity-marker, .cluster-icon'));
  results.peer.push(await measure(browser, peerUrl, '.marker-cluster'));
}
await browser.close();
peer.close();

const quantile = (q) => (xs) => { const v = xs.filter((x) => x !== undefined).sort((a, b) => a - b); return v.length ? v[Math.floor((v.length - 1) * q)] : undefined; };
const median = quantile(0.5);
const row = (name, key, unit = 'ms', at = median) => {
  const [a, p] = [at(results.atlas.map((r) => r[key])), at(results.peer.map((r) => r[key]))];
  const f = (x) => (x === undefined ? '–' : unit === 'KB' ? (x / 1000).toFixed(1) : Math.round(x));
  return `| ${name} | ${f(a)} ${unit} | ${f(p)} ${unit} | ${a && p ? (a / p).toFixed(2) + '×' : '–'} |`;
};
console.log(JSON.stringify(results, null, 1));
console.log(`\nmedian of ${runs} cold runs each, 1280×800\n`);
console.log('| | atlas | plain Leaflet | atlas ÷ plain |\n|---|---|---|---|');
console.log(row('first markers visible', 'markers'));
console.log(row('… its 25th percentile', 'markers', 'ms', quantile(0.25)));
console.log(row('… its 75th percentile', 'markers', 'ms', quantile(0.75)));
console.log(row('… in the first-view picture', 'preview'));
console.log(row('… drawn live by Leaflet', 'live'));
console.log(row('bytes on the wire until then', 'bytes', 'KB'));
console.log(row('HTML received', 'html'));
console.log(row('every static file received', 'staticDone'));
console.log(row('first contentful paint', 'fcp'));
console.log(row('DOM interactive', 'interactive'));
console.log(row('hydrated', 'hydrated'));
console.log(row('base map received', 'basemap'));
console.log(row('clusters received', 'clusters'));
