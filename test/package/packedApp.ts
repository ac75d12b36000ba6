// An app of its own, as a user would have one: the kit installed from the tarball `npm pack`
// makes of the built package (not the source), next to the app's other dependencies, some of
// them left out on purpose (an SWR app has no react-query).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROOT_MODULES = path.join(ROOT, 'node_modules');
let tarball: string | undefined;

/** The package as `npm pack` makes it from the built `dist` (made once per run). */
function packedTarball(): string {
  if (tarball) return tarball;
  const into = mkdtempSync(path.join(tmpdir(), 'aek-pack-'));
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', into], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
  tarball = path.join(into, name);
  return tarball;
}

/** An app folder with the kit from the tarball and every other installed package but `without`. */
export function packedApp(without: readonly string[] = []): { dir: string; write(file: string, text: string): string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aek-app-'));
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(ROOT_MODULES)) {
    if (entry === '.bin' || entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      mkdirSync(path.join(modules, entry));
      for (const scoped of readdirSync(path.join(ROOT_MODULES, entry))) {
        if (!without.includes(`${entry}/${scoped}`)) symlinkSync(path.join(ROOT_MODULES, entry, scoped), path.join(modules, entry, scoped));
      }
    } else if (!without.includes(entry) && entry !== 'api-error-kit') {
      symlinkSync(path.join(ROOT_MODULES, entry), path.join(modules, entry));
    }
  }
  const kit = path.join(modules, 'api-error-kit');
  mkdirSync(kit);
  execFileSync('tar', ['-xzf', packedTarball(), '-C', kit, '--strip-components=1']);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'an-app', private: true, type: 'module' }));
  return {
    dir,
    write(file, text) {
      const at = path.join(dir, file);
      mkdirSync(path.dirname(at), { recursive: true });
      writeFileSync(at, text);
      return at;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `file` with Node in `dir`, returning what it printed; a failure throws with what it said. */
export function runNode(dir: string, file: string): string {
  return execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A script's opening that gives Node a browser page (jsdom), so React renders into a DOM as in a browser. */
export const BROWSER_PAGE = `
import { JSDOM } from 'jsdom';
const { window } = new JSDOM('<!doctype html><html><body><main id="root"></main></body></html>', { url: 'http://localhost/requests' });
for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'Element', 'getComputedStyle', 'MutationObserver', 'location', 'history']) {
  Object.defineProperty(globalThis, key, { value: key === 'window' ? window : window[key], configurable: true, writable: true });
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
`;
