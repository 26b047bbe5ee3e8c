import StarterKit from '@tiptap/starter-kit';

/** The editor's schema; the preview and export sanitize to the same set of tags. */
export const bodyExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] },
  }),
];
