#!/usr/bin/env node
// The package's `bin`: `npx api-error-kit openapi …`.
import { runCli } from './cli';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
