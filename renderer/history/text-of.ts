/** A body's text, one paragraph a line: what a comparison of two versions compares. */
export function textOf(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return [...body.querySelectorAll('p, h2, h3, h4, li, blockquote, td, th')]
    .map((e) => e.textContent ?? '')
    .join('\n');
}
