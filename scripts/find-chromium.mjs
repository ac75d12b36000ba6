import { existsSync } from 'node:fs';

/** Where the browser tests' Chromium is, or undefined when this machine has none. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate) => candidate && existsSync(candidate));
}

export const CHROMIUM_MISSING = `No Chromium found for the browser tests (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).
Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at a Chromium or Chrome executable. The story tests are never skipped.`;
