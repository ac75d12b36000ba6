// `npm test`: every gate in order, timed, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_MISSING, findChromium } from './find-chromium.mjs';

const reports = 'reports';
mkdirSync(reports, { recursive: true });

const vitest = (project) => [
  'vitest',
  'run',
  '--project',
  project,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reports}/${project}.json`,
];

const stages = [
  { name: 'typecheck', command: ['tsc', '--noEmit'] },
  { name: 'lint', command: ['eslint', '.', '--max-warnings', '0'] },
  { name: 'unit tests', command: vitest('unit'), report: 'unit' },
  { name: 'story tests (Chromium)', command: vitest('storybook'), report: 'storybook', needsChromium: true },
  { name: 'end-to-end (Chromium)', command: vitest('e2e'), report: 'e2e', needsChromium: true },
  { name: 'build Storybook', command: ['storybook', 'build', '--quiet'] },
  { name: 'static Storybook loads', command: ['node', 'scripts/check-static-storybook.mjs'], bin: false },
  { name: 'build', command: ['tsdown'] },
  { name: 'packed package (apps)', command: vitest('package'), report: 'package' },
  { name: 'Next.js app (Chromium)', command: vitest('next'), report: 'next', needsChromium: true },
  { name: 'publint', command: ['publint', '--strict'] },
  { name: 'attw', command: ['attw', '--pack', '.', '--profile', 'node16', '--exclude-entrypoints', './styles.css'] },
  { name: 'size-limit', command: ['size-limit'] },
];

const results = [];
const tests = { passed: 0, failed: 0 };

function countTests(project) {
  try {
    const json = JSON.parse(readFileSync(`${reports}/${project}.json`, 'utf8'));
    tests.passed += json.numPassedTests ?? 0;
    tests.failed += json.numFailedTests ?? 0;
  } catch {
    // A runner that crashed before reporting counts as its stage failing, which is already recorded.
  }
}

function summary() {
  console.log('\nStage timings');
  for (const { name, seconds, ok } of results) {
    console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${name.padEnd(24)} ${seconds.toFixed(1).padStart(6)} s`);
  }
  const total = results.reduce((sum, { seconds }) => sum + seconds, 0);
  console.log(`  ${''.padEnd(30)} ${total.toFixed(1).padStart(6)} s total`);
  console.log(`\ntests: ${tests.passed} passed, ${tests.failed} failed`);
}

if (!findChromium()) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}

for (const stage of stages) {
  console.log(`\n▶ ${stage.name}: ${stage.command.join(' ')}`);
  const started = performance.now();
  const [bin, ...args] = stage.command;
  const run = spawnSync(stage.bin === false ? bin : `node_modules/.bin/${bin}`, args, { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  const ok = run.status === 0;
  results.push({ name: stage.name, seconds, ok });
  if (stage.report) countTests(stage.report);
  if (!ok) {
    summary();
    console.error(`\n✖ ${stage.name} failed`);
    process.exit(run.status ?? 1);
  }
}

summary();
