// Accounts in the browser: the map links to them without loading any of their code; an
// admin made on the command line signs in on the plain-form pages, adds an editor, and the
// audit log shows it. The accounts are this run's own (unique names, in the test store).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, openPage } from './browser.mjs';

const SERVER = process.env.ATLAS_SERVER_BIN ?? 'target/release/server';
const PASSWORD = 'an e2e test password';
const run = Date.now().toString(36);

function addUser(name, role) {
  const out = spawnSync(SERVER, ['user', 'add', '--role', role, name], { input: `${PASSWORD}\n`, encoding: 'utf8' });
  assert.equal(out.status, 0, out.stdout + out.stderr);
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the map links to the account pages and loads nothing of them', async () => {
  const { page, problems } = await openPage(browser, '/');
  assert.equal(await page.getAttribute('.account-link', 'href'), '/account');
  const scripts = await page.$$eval('script[src]', (els) => els.map((e) => e.getAttribute('src')));
  assert.ok(scripts.every((s) => !/account|admin|login/.test(s)), scripts.join(' '));
  assert.deepEqual(problems, []);
});

test('an admin signs in, adds an editor and finds it in the audit log', async () => {
  const admin = `e2e-admin-${run}`;
  const editor = `e2e-editor-${run}`;
  addUser(admin, 'admin');
  const page = await browser.newPage();
  await page.goto(`${BASE_URL}/account?lang=en`);
  assert.ok(page.url().includes('/login'), 'signing in comes first');
  assert.equal(await page.locator('script').count(), 0, 'the form runs no script');
  await page.fill('input[name=name]', admin);
  await page.fill('input[name=password]', 'not the password');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('.form-error'), /wrong name or password/);
  await page.fill('input[name=name]', admin);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/account/);
  assert.match(await page.textContent('.signed-in'), new RegExp(admin));
  await page.click('a[href^="/admin/users"]');
  await page.fill('form.account-form input[name=name]', editor);
  await page.selectOption('form.account-form select[name=role]', 'editor');
  await page.fill('form.account-form input[name=password]', PASSWORD);
  await page.click('form.account-form button[type=submit]');
  await page.waitForSelector(`tr[data-user="${editor}"]`);
  assert.match(await page.textContent('.notice'), /User added/);
  await page.goto(`${BASE_URL}/admin/audit?lang=en&action=user_added&user=${editor}`);
  const rows = await page.$$eval('table.audit tbody tr', (trs) => trs.map((tr) => tr.textContent));
  assert.equal(rows.length, 1, rows.join('\n'));
  assert.ok(rows[0].includes(admin) && rows[0].includes(editor), rows[0]);
  await page.goto(`${BASE_URL}/account?lang=en`);
  await page.click('button:text("Sign out")');
  await page.waitForURL(/\/login/);
  await page.close();
});
