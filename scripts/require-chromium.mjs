import { CHROMIUM_MISSING, findChromium } from './find-chromium.mjs';

if (!findChromium()) {
  console.error(CHROMIUM_MISSING);
  process.exit(1);
}
