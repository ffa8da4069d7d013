// First-page figures for BENCHMARKS.md (not a test): bytes on the wire and time to markers.
// Usage: node tests/e2e/first-page.mjs http://127.0.0.1:3000/ [runs]
import { firstPage, launch } from './browser.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:3000/';
const runs = Number(process.argv[3] ?? 5);
const browser = await launch();
const results = [];
for (let i = 0; i < runs; i++) results.push(await firstPage(browser, url));
await browser.close();
const { html, rows, pageBytes } = results.at(-1);
const resources = rows.map((r) => [r.path, r.sent]);
console.log(JSON.stringify({ url, html, resources, page_bytes: pageBytes }, null, 1));
const times = results.map((r) => r.ms).sort((a, b) => a - b);
console.log(`page (HTML + JS + wasm + CSS, as sent): ${pageBytes} bytes`);
console.log(`markers visible after navigation (ms, ${runs} cold runs): median ${times[Math.floor(runs / 2)]}, all ${times.join(' ')}`);
