import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// import ... from 'x', export ... from 'x', import('x'), require('x'), import 'x'
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
const builtins = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0] ?? name]));

/** The module specifiers a file imports that belong to Node.js (`node:fs`, `fs`, `path/posix`, ...). */
function nodeImports(code: string): string[] {
  return [...code.matchAll(SPECIFIER)]
    .map((m) => m[2] ?? '')
    .filter((spec) => spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0] ?? ''));
}

describe('the library runs in browsers', () => {
  it('recognises the ways a file can import a Node.js module', () => {
    expect(nodeImports(`import { readFileSync } from 'node:fs';\nimport path from "path";\nconst c = await import('node:crypto');\nrequire('os');\nimport 'fs/promises';`)).toEqual([
      'node:fs',
      'path',
      'node:crypto',
      'os',
      'fs/promises',
    ]);
    expect(nodeImports(`import { z } from 'zod';\nimport { Span } from './span.js';`)).toEqual([]);
  });

  it('imports no node: module anywhere under src/ outside src/cli/', () => {
    const files = sourceFiles(root).filter((file) => !relative(root, file).startsWith('cli'));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((file) => nodeImports(readFileSync(file, 'utf8')).map((spec) => `${relative(root, file)}: ${spec}`));
    expect(offenders).toEqual([]);
  });
});
