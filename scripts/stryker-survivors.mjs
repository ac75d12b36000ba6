// A Stryker reporter that writes each surviving or uncovered mutant to
// reports/mutation/survivors.txt as soon as it is tested, so tests for them can be written while
// a long run is still going (the clear-text and JSON reports only come at the end).
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

const FILE = 'reports/mutation/survivors.txt';

class SurvivorsReporter {
  onDryRunCompleted() {
    mkdirSync('reports/mutation', { recursive: true });
    writeFileSync(FILE, '');
  }

  onMutantTested(result) {
    if (result.status !== 'Survived' && result.status !== 'NoCoverage') return;
    const { line, column } = result.location.start;
    const replacement = result.replacement.replace(/\s+/g, ' ').slice(0, 160);
    appendFileSync(FILE, `${result.fileName}:${line}:${column} ${result.status} ${result.mutatorName} → ${replacement}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'survivors', SurvivorsReporter)];
