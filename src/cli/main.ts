/**
 * The command-line entry point: `tsx src/cli/main.ts analyze FILE [options]` (see
 * `npm run demo`). Everything but the process itself lives in `analyze-command.ts`.
 */
import { processIO, runCommand } from './analyze-command.js';

process.exitCode = runCommand(process.argv.slice(2), processIO());
