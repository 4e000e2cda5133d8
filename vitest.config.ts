import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The test files only call the library: none mocks a module, stubs a global or changes
    // state another file could see, and the library keeps no state but caches of what its
    // inputs compile to. So each worker imports the library once and runs its files one after
    // another, rather than importing it afresh for each of more than five hundred small files, which
    // cost most of the suite's time.
    isolate: false,
  },
});
