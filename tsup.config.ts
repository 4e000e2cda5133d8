import { defineConfig, type Options } from 'tsup';

/**
 * The command line imports the library through `src/index.ts`; in the build that import stays
 * an import of the built `dist/index.js`, so the package ships the library's code once.
 */
const libraryAsSibling: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-as-sibling',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) => (args.importer.replace(/\\/g, '/').includes('/src/cli/') ? { path: './index.js', external: true } : undefined));
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // Everything in dist/ but the command line, which the second build writes (both run at once).
    clean: ['!cli.js'],
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    removeNodeProtocol: false,
    outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
  },
  {
    // `claimtrail analyze FILE`, the package's `bin`: an ES module for Node with its own shebang.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    removeNodeProtocol: false,
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [libraryAsSibling],
    outExtension: () => ({ js: '.js' }),
  },
]);
