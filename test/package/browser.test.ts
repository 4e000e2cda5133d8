/**
 * The library in a real browser: the sources bundled for the browser platform (zod included),
 * loaded as an ES module into headless Chromium, must give the very analysis Node gives. This
 * catches what the import scan in browser-safe.test.ts cannot: a Node global (`Buffer`,
 * `process`) used at run time, or a dependency that needs Node.
 *
 * Chromium is looked for at CHROMIUM_PATH, then at /usr/bin/chromium; where there is none the
 * test is skipped with a note, never passed silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';

const root = join(import.meta.dirname, '..', '..');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path !== undefined && path !== '' && existsSync(path));
const origin = 'http://claimtrail.test';
/** A page that imports the bundle as an ES module and hands it to the test. */
const PAGE = `<!doctype html><title>claimtrail</title><script type="module">import * as claimtrail from '/claimtrail.js'; globalThis.claimtrail = claimtrail;</script>`;
const seed = readFileSync(join(root, 'seeds', '2025-12-04-us-russia-talks.txt'), 'utf8');

if (executablePath === undefined) console.warn('browser.test.ts: no Chromium at CHROMIUM_PATH or /usr/bin/chromium; the browser test is skipped');

describe.skipIf(executablePath === undefined)('the library in a browser', () => {
  let browser: Browser | undefined;
  let bundle = '';

  beforeAll(async () => {
    if (executablePath === undefined) return;
    const result = await build({
      entryPoints: [join(root, 'src', 'index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    bundle = result.outputFiles[0]?.text ?? '';
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('analyzes the seed article exactly as Node does', async () => {
    if (browser === undefined) throw new Error('Chromium did not start');
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A made-up origin served from memory: the page and the bundle, nothing from the network.
    await page.route(`${origin}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/claimtrail.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
      return route.fulfill({ contentType: 'text/html', body: PAGE });
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'claimtrail' in globalThis);
    const inBrowser = await page.evaluate((text) => {
      const claimtrail = (globalThis as unknown as { claimtrail: typeof import('../../src/index.js') }).claimtrail;
      return JSON.stringify(claimtrail.analyze({ id: 'seed', text, publishedAt: '2025-12-04' }));
    }, seed);
    const inNode = JSON.stringify(analyze({ id: 'seed', text: seed, publishedAt: '2025-12-04' }));
    expect(errors).toEqual([]);
    expect(JSON.parse(inBrowser)).toEqual(JSON.parse(inNode));
    // Not an empty agreement: the seed's statements are there.
    expect((JSON.parse(inBrowser) as { quotes: unknown[] }).quotes.length).toBeGreaterThan(10);
    await page.close();
  }, 60_000);
});
