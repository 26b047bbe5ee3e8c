/**
 * F6 moves between the window's regions (list, fields, body, preview), as in browsers and office
 * suites. A region is any shown element with data-region; its data-focus names what takes the keyboard.
 */
const order = ['list', 'fields', 'body', 'preview'];

const focusable = 'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"], iframe';

function shown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

export function moveRegion(step: 1 | -1, root: ParentNode = document): void {
  const regions = [...root.querySelectorAll<HTMLElement>('[data-region]')]
    .filter(shown)
    .sort((a, b) => order.indexOf(a.dataset.region!) - order.indexOf(b.dataset.region!));
  if (!regions.length) return;
  const active = document.activeElement;
  const at = regions.findIndex((r) => r.contains(active));
  const next = regions[(at + step + regions.length) % regions.length]!;
  const target = (next.dataset.focus && next.querySelector<HTMLElement>(next.dataset.focus)) || next.querySelector<HTMLElement>(focusable) || next;
  if (target === next && !next.hasAttribute('tabindex')) next.tabIndex = -1;
  target.focus();
}
