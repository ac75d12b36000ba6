// `api-error-kit openapi <document> [--name <preset>] [--out <file.ts>] [--check]`: the command
// line around generatePreset. It is Node-only and no browser entry imports it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { describeWarning } from './GeneratorWarning';
import { generatePreset } from './generatePreset';
import { isOpenApiDocumentError } from './OpenApiDocumentError';

/** Where the command writes: stdout for the module when there is no `--out`, stderr for everything said. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const USAGE = `Usage: api-error-kit openapi <document.json|yaml> [--name <preset>] [--out <file.ts>] [--check]

Writes one TypeScript module: a preset of the errors the OpenAPI (3.0, 3.1) or Swagger (2.0)
document states, their codes typed per operation. Without --out it prints the module.
  --name   the preset's export (an identifier); defaults to one made from the document's title
  --out    the file to write
  --check  write nothing; fail when --out is missing or differs from what the document gives (for CI)`;

/** Runs the command; resolves to the process's exit code (0 done, 1 refused or stale, 2 misused). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { name: { type: 'string' }, out: { type: 'string' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'openapi' || file === undefined || extra.length > 0 || (values.check && values.out === undefined)) {
    io.stderr(`${values.check && values.out === undefined ? '--check needs --out: the file to compare.\n\n' : ''}${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.stderr(`api-error-kit openapi: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const result = await generatePreset({ file, text, name: values.name, out: values.out });
    for (const warning of result.warnings) io.stderr(`warning: ${describeWarning(warning)}\n`);
    const { summary } = result;
    const said = `${summary.operations} operations, ${summary.codes} codes (${summary.declared} declared), ${summary.examplesReadRight} of ${summary.examplesChecked} examples read as documented, ${result.warnings.length} warnings`;
    if (values.check && values.out !== undefined) {
      const current = await readFile(values.out, 'utf8').catch(() => undefined);
      if (current === result.source) {
        io.stderr(`${values.out} is up to date (${said}).\n`);
        return 0;
      }
      io.stderr(`${values.out} ${current === undefined ? 'does not exist' : `is stale: ${file} now gives a different module`}. Regenerate it with\n  npx api-error-kit openapi ${file} --name ${result.model.name} --out ${values.out}\n`);
      return 1;
    }
    if (values.out === undefined) io.stdout(result.source);
    else {
      await mkdir(dirname(values.out), { recursive: true });
      await writeFile(values.out, result.source);
    }
    io.stderr(`${values.out ?? 'module'}: ${said}.\n`);
    return 0;
  } catch (error) {
    if (isOpenApiDocumentError(error) || error instanceof TypeError) {
      io.stderr(`api-error-kit openapi: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
