// The options page as a curator uses it: import pack files, read their counts and errors, remove a pack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, waitForBundledPacks, type ExtensionBrowser } from './browser';
import { root } from './serve';

let browser: ExtensionBrowser;
let options: Page;
const errors: string[] = [];
const fixture = (name: string) => join(root, 'test/fixtures/e2e', name);

beforeAll(async () => {
  browser = await launch();
  await waitForBundledPacks(browser);
  options = await browser.context.newPage();
  options.on('pageerror', (error) => errors.push(error.message));
  await options.goto(browser.extensionUrl('src/options/index.html'));
});

afterAll(async () => {
  await browser?.close();
});

const packTitles = () => options.locator('.packs .pack-title').allTextContents();
const packItem = (title: string) => options.locator('.packs > li', { hasText: title });
const importFile = (name: string) => options.locator('input[type=file]').setInputFiles(fixture(name));

/** Search from a popup page opened on no tab: the names it finds. */
async function popupSearch(query: string): Promise<string[]> {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl('src/popup/index.html'));
  await popup.getByRole('searchbox').fill(query);
  await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 }).toContain(`“${query}”`);
  const names = await popup.locator('.search-results .row-name').allTextContents();
  await popup.close();
  return names;
}

test('the bundled packs are listed with publisher, version, date and counts', async () => {
  await expect.poll(packTitles, { timeout: 10_000 }).toHaveLength(2);
  const memo = await packItem('Alibaba').textContent();
  expect(memo).toMatch(/By Backstory · version 1\.0\.0 · updated Nov 16, 2025/);
  expect(memo).toMatch(/comes with Backstory/);
  expect(memo).toMatch(/7 entities · 3 events · 1 source article/);
});

test('importing a pack file shows what landed and lists the pack with its counts', async () => {
  await importFile('quillfeather.json');
  await expect
    .poll(() => options.locator('.outcome').first().textContent(), { timeout: 10_000 })
    .toMatch(/Imported “Quillfeather test pack \(fictional\)” \(version 1\.0\.0\)/);
  await expect.poll(packTitles).toContain('Quillfeather test pack (fictional)');
  const item = await packItem('Quillfeather').textContent();
  expect(item).toMatch(/By Backstory tests · version 1\.0\.0 · updated Dec 1, 2025 · imported from a file/);
  expect(item).toMatch(/2 entities · 2 events · 1 source article/);
  expect(await popupSearch('Quillfeather')).toEqual(['Quillfeather Analytics']);

  // The same file again changes nothing, and says so.
  await importFile('quillfeather.json');
  await expect.poll(() => options.locator('.outcome').first().textContent()).toMatch(/already in the knowledge base/);
});

test('an invalid pack is refused, with each problem and where it is', async () => {
  await importFile('invalid.json');
  const outcome = options.locator('.outcome-failed').first();
  await expect.poll(() => outcome.textContent(), { timeout: 10_000 }).toMatch(/“invalid\.json” was not imported/);
  expect(await outcome.getAttribute('role')).toBe('alert');
  expect(await outcome.textContent()).toMatch(/It has \d+ problems; fix them/);
  const paths = await outcome.locator('.error-path').allTextContents();
  expect(paths).toEqual(expect.arrayContaining(['title', 'entities[0].website', 'events[0].date']));
  const website = outcome.locator('li', { hasText: 'entities[0].website' });
  expect(await website.textContent()).toMatch(/not an http\(s\) URL/);
  expect(await packTitles()).not.toContain(expect.stringMatching(/invalid/i));
  await options.screenshot({ path: 'docs/options.png', fullPage: true });
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.screenshot({ path: 'docs/options-dark.png', fullPage: true });
  await options.emulateMedia({ colorScheme: 'light' });
});

test('where two packs tell one entity’s story, the details page names the pack of each event', async () => {
  await importFile('quillfeather-second-opinion.json');
  await expect.poll(packTitles, { timeout: 10_000 }).toContain('Second-opinion test pack (fictional)');
  const [card] = await browser.send<{ id: string }[]>('kb/search', { query: 'Quillfeather Analytics' });
  const details = await browser.context.newPage();
  await details.goto(browser.extensionUrl(`src/popup/index.html?entity=${encodeURIComponent(card!.id)}`));
  await expect.poll(() => details.locator('.timeline-item').count(), { timeout: 10_000 }).toBe(2);
  const packs = await details.locator('.timeline .event-pack').allTextContents();
  expect(packs).toEqual(
    expect.arrayContaining([
      'From the pack “Quillfeather test pack (fictional)”',
      'From the pack “Second-opinion test pack (fictional)”',
    ]),
  );
  expect(await details.locator('.timeline-item .badge').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringMatching(/Disputed/), expect.stringMatching(/Refuted/)]),
  );
  await details.close();
  await packItem('Second-opinion')
    .getByRole('button', { name: /Remove/ })
    .click();
  await packItem('Second-opinion').getByRole('button', { name: 'Yes, remove it' }).click();
  await expect.poll(packTitles).not.toContain('Second-opinion test pack (fictional)');
});

test('removing a pack asks first, then takes it and its entities out of the knowledge base', async () => {
  const remove = packItem('Quillfeather').getByRole('button', {
    name: 'Remove the pack “Quillfeather test pack (fictional)”',
  });
  await remove.click();
  const confirm = packItem('Quillfeather').getByRole('button', { name: 'Yes, remove it' });
  expect(await packItem('Quillfeather').textContent()).toMatch(
    /Remove “Quillfeather test pack \(fictional\)”\? Its 2 entities/,
  );
  // Cancel keeps it.
  await packItem('Quillfeather').getByRole('button', { name: 'Cancel' }).click();
  expect(await packTitles()).toContain('Quillfeather test pack (fictional)');

  await remove.click();
  await confirm.click();
  await expect.poll(packTitles).not.toContain('Quillfeather test pack (fictional)');
  expect(await options.locator('.notice').textContent()).toMatch(/Removed “Quillfeather test pack \(fictional\)”/);
  expect(await popupSearch('Quillfeather')).toEqual([]);
  expect(errors).toEqual([]);
});

test('a pack file dropped on the drop zone is imported', async () => {
  const json = readFileSync(fixture('quillfeather.json'), 'utf8');
  await options.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    const zone = document.querySelector('.drop-zone')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, json);
  await expect.poll(packTitles, { timeout: 10_000 }).toContain('Quillfeather test pack (fictional)');
});

test('the whole knowledge base, or one entity, downloads as a pack file', async () => {
  const [whole] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export the whole knowledge base' }).click(),
  ]);
  expect(whole.suggestedFilename()).toMatch(/^backstory-kb-\d{4}-\d{2}-\d{2}\.json$/);
  const all = JSON.parse(readFileSync((await whole.path())!, 'utf8')) as { entities: unknown[]; events: unknown[] };
  expect(all.entities.length).toBeGreaterThan(1000);

  await options.locator('#export-search').fill('Quillfeather');
  const pick = options.locator('.export .entity-row', { hasText: 'Quillfeather Analytics' });
  await expect.poll(() => pick.count(), { timeout: 10_000 }).toBe(1);
  const [one] = await Promise.all([options.waitForEvent('download'), pick.click()]);
  const pack = JSON.parse(readFileSync((await one.path())!, 'utf8')) as {
    entities: { name: string }[];
    events: unknown[];
  };
  expect(pack.entities.map((e) => e.name)).toContain('Quillfeather Analytics');
  expect(pack.events).toHaveLength(2);
  expect(await options.locator('.export [role=status]').textContent()).toMatch(
    /Download of Quillfeather Analytics started/,
  );
});

test('sites and appearance settings persist', async () => {
  await options.getByLabel('Site to add').fill('https://www.Example.com/news/today');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect.poll(() => options.locator('#disabled-sites-heading + ul').textContent()).toContain('www.example.com');
  await options.getByLabel(/^Highlight/).check();
  await options.getByLabel(/Open the card after/).selectOption('1000');
  await expect
    .poll(() => browser.send<{ disabledSites: string[]; markStyle: string; cardDelay: number }>('settings/get'))
    .toMatchObject({ disabledSites: ['www.example.com'], markStyle: 'highlight', cardDelay: 1000 });
  await options.reload();
  await expect.poll(() => options.getByLabel(/^Highlight/).isChecked(), { timeout: 10_000 }).toBe(true);
  // A change made elsewhere (the popup's site switch) shows here without a reload.
  await browser.send('settings/set', { disabledSites: ['www.example.com', 'news.example.org'] });
  await expect.poll(() => options.locator('#disabled-sites-heading + ul').textContent()).toContain('news.example.org');
  await options.getByRole('button', { name: 'Remove news.example.org' }).click();
  await options.getByRole('button', { name: 'Remove www.example.com' }).click();
  await expect
    .poll(() => browser.send<{ disabledSites: string[] }>('settings/get'))
    .toMatchObject({ disabledSites: [] });
});
