// One polite live region per page, mounted empty and kept: a sentence put into it later is
// announced, where a region inserted with its text already in it usually is not.

const REGION_ID = 'aek-announcer';
// Long enough for assistive technology to see the region empty before it speaks.
const SPEAK_AFTER_MS = 50;

/** Says `text` politely to assistive technology, through the page's one announcer. */
export function announcePolitely(text: string): void {
  if (typeof document === 'undefined') return;
  let region = document.getElementById(REGION_ID);
  if (!region) {
    region = document.createElement('div');
    region.id = REGION_ID;
    // A live region, not a status landmark of the page: tests and assistive technology find the panels' own statuses.
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.className = 'aek-visually-hidden';
    document.body.append(region);
  }
  const target = region;
  target.textContent = '';
  setTimeout(() => {
    target.textContent = text;
  }, SPEAK_AFTER_MS);
}
