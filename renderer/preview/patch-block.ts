/** Blocks a keystroke usually changes alone: patched without parsing the page. */
const blockTags = /^<(p|h[1-6])[\s>]/;

/**
 * Puts the new page into `doc`, which shows `before`, when the two differ only in the text of
 * one paragraph or heading (a key typed in the body): that block alone is parsed and replaced.
 * Returns false, touching nothing, for any other change; the caller then patches the page whole.
 * The block is found by its place among the blocks of its kind in the old page's HTML and must
 * serialize back to exactly that HTML, so a page the browser parsed differently is never patched.
 */
export function patchBlock(doc: Document, before: string, after: string): boolean {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  if (start === before.length && start === after.length) return true;
  const changedBefore = before.slice(start, before.length - tail);
  const changedAfter = after.slice(start, after.length - tail);
  if (/[<>]/.test(changedBefore) || /[<>]/.test(changedAfter)) return false;
  // The block around the change: the nearest block tag before it, with only inline tags between.
  let open = before.lastIndexOf('<', start - 1);
  let tag: string | undefined;
  while (open >= 0) {
    const found = blockTags.exec(before.slice(open, open + 4));
    if (found) {
      tag = found[1];
      break;
    }
    if (/^<\/?(p|h[1-6]|div|section|article|li|td|th|ul|ol|table|blockquote|figure|body|html|head)[\s>]/i.test(before.slice(open, open + 12))) return false;
    open = before.lastIndexOf('<', open - 1);
  }
  if (!tag) return false;
  const closeTag = `</${tag}>`;
  const close = before.indexOf(closeTag, before.length - tail);
  if (close < 0 || before.slice(open + 1, close).includes(`<${tag}`)) return false;
  const end = close + closeTag.length;
  // Its place among the blocks of its kind, counted in the HTML as the parser made the elements.
  const opening = new RegExp(`<${tag}[\\s>]`, 'g');
  let index = -1;
  for (let found = opening.exec(before); found && found.index <= open; found = opening.exec(before)) index++;
  const element = doc.getElementsByTagName(tag)[index];
  if (!element || element.outerHTML !== before.slice(open, end)) return false;
  const template = doc.createElement('template');
  template.innerHTML = after.slice(open, end + after.length - before.length);
  const next = template.content.firstElementChild;
  if (template.content.childNodes.length !== 1 || next?.localName !== tag) return false;
  element.replaceWith(next);
  return true;
}
