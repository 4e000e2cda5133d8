import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

// Builds the package, packs it as npm would publish it, installs the tarball in an empty
// folder and loads it from fresh Node processes, both as CommonJS and as an ES module.
describe('the packed package', () => {
  let dir = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimtrail-pack-'));
    run('npm', ['run', 'build', '--silent'], root);
    run('npm', ['pack', '--silent', '--pack-destination', dir], root);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    if (tarball === undefined) throw new Error('npm pack produced no tarball');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    run('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball)], dir);
  }, 240_000);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  const probe = `
    const source = ct.createSource({ text: 'Putin said "yes."' });
    const anchor = ct.anchorOf(source.text, { start: 12, end: 15 });
    console.log(JSON.stringify({ kind: source.kind, exact: anchor.exact, found: ct.reanchor(anchor, 'Then ' + source.text).success }));
  `;
  const expected = { kind: 'article', exact: 'yes', found: true };

  it('loads with require() in a fresh CommonJS process', () => {
    writeFileSync(join(dir, 'probe.cjs'), `const ct = require('claimtrail');\n${probe}`);
    expect(JSON.parse(run('node', ['probe.cjs'], dir))).toEqual(expected);
  });

  it('loads with import in a fresh ES module process', () => {
    writeFileSync(join(dir, 'probe.mjs'), `import * as ct from 'claimtrail';\n${probe}`);
    expect(JSON.parse(run('node', ['probe.mjs'], dir))).toEqual(expected);
  });

  it('installs the claimtrail command, which analyzes a file and reads standard input for -', () => {
    const bin = join(dir, 'node_modules', '.bin', 'claimtrail');
    writeFileSync(join(dir, 'story.txt'), 'Mayor Ines Kolar said the bridge would reopen in May. “We are on schedule,” she added.\n');
    const analysis = JSON.parse(run(bin, ['analyze', 'story.txt', '--format', 'json'], dir)) as { source: { id: string }; quotes: { speaker?: { text: string } }[] };
    expect(analysis.source.id).toBe('story');
    expect(analysis.quotes.map((quote) => quote.speaker?.text)).toEqual(['Mayor Ines Kolar', 'she']);
    const piped = execFileSync(bin, ['analyze', '-'], { cwd: dir, encoding: 'utf8', input: 'Kolar said it would cost less.' });
    expect(piped.split('\n')[0]).toBe('stdin');
    expect(piped).toMatch(/Kolar +said +indirect/);
  });

  it('ships the built files, the README and the CHANGELOG, and no sources or tests', () => {
    const listing = run('tar', ['-tzf', readdirSync(dir).find((f) => f.endsWith('.tgz')) ?? ''], dir).split('\n').filter(Boolean).sort();
    expect(listing).toContain('package/dist/index.cjs');
    expect(listing).toContain('package/dist/index.d.cts');
    expect(listing).toContain('package/dist/index.js');
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).toContain('package/dist/cli.js');
    expect(listing).toContain('package/README.md');
    expect(listing).toContain('package/CHANGELOG.md');
    expect(listing.filter((f) => /^package\/(src|test|seeds|bench)\//.test(f))).toEqual([]);
  });
});
