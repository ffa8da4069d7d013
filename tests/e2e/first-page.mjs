// First-page figures for BENCHMARKS.md (not a test): bytes on the wire and time to markers.
// Usage: node tests/e2e/first-page.mjs http://127.0.0.1:3000/ [runs]
import { launch } from './browser.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:3000/';
const runs = Number(process.argv[3] ?? 5);
const browser = await launch();
const times = [];
let bytes;
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } }); // cold cache each run
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(url);
  await page.waitForSelector('path.entity-marker, .cluster-icon', { timeout: 30_000 });
  times.push(Date.now() - start);
  bytes = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const rows = performance.getEntriesByType('resource').map((r) => [r.name.replace(location.origin, ''), r.transferSize]);
    return { html: nav.transferSize, rows };
  });
  await context.close();
}
await browser.close();
const total = bytes.html + bytes.rows.reduce((n, [, b]) => n + b, 0);
console.log(JSON.stringify({ url, html: bytes.html, resources: bytes.rows, total_bytes_on_wire: total }, null, 1));
times.sort((a, b) => a - b);
console.log(`markers visible after navigation (ms, ${runs} cold runs): median ${times[Math.floor(runs / 2)]}, all ${times.join(' ')}`);
