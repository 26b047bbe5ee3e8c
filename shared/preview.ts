/** The pages the preview can show an article on: its own page, its column's list, the front page. */
export const previewKinds = ['article', 'list', 'home'] as const;
export type PreviewKind = (typeof previewKinds)[number];
