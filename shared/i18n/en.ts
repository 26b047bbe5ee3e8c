import type { Messages } from './messages';

export const en: Messages = {
  app: { name: 'Newsdesk', loading: 'Opening the library…', openFailed: 'Could not open the library: {{message}}' },
  menu: {
    file: 'File', edit: 'Edit', view: 'View', window: 'Window', help: 'Help',
    newArticle: 'New article', save: 'Save now', quit: 'Quit',
    undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all',
    reload: 'Reload', toggleDevTools: 'Developer tools', zoomIn: 'Zoom in', zoomOut: 'Zoom out', resetZoom: 'Actual size',
    minimize: 'Minimize', close: 'Close window', about: 'About Newsdesk',
  },
  library: {
    title: 'Library', newArticle: 'New', search: 'Filter by title…', allColumns: 'All columns', allStatuses: 'All statuses', filterColumn: 'Filter by column', filterStatus: 'Filter by status',
    trash: 'Trash', backToList: 'Back to library', emptyTrash: 'Empty trash', confirmEmptyTrash: 'Delete the {{count}} articles in the trash for good? This cannot be undone.',
    count: '{{count}} articles', shown: 'First {{shown}} of {{count}} articles', empty: 'No article matches',
    untitled: '(untitled)', noneSelected: 'Pick an article on the left, or create one.', restore: 'Restore',
  },
  column: { title: 'Title', column: 'Column', publishedAt: 'Published', source: 'Source', status: 'Status', updatedAt: 'Last change' },
  status: { draft: 'Draft', review: 'Ready for review' },
  save: { unsaved: 'Unsaved', saving: 'Saving…', saved: 'Saved', failed: 'Save failed: {{message}}' },
  article: {
    title: 'Title', column: 'Column', publishedAt: 'Publish date and time', timezone: 'Time zone: {{zone}}', source: 'Source', author: 'Author',
    originalUrl: 'Original link', summary: 'Summary', keywords: 'Keywords', keywordsHint: 'Separated by commas or spaces', status: 'Status', body: 'Body',
    duplicate: 'Duplicate', trash: 'Delete', trashed: 'Moved to the trash', revision: 'Revision {{revision}}',
  },
  toolbar: {
    bold: 'Bold (Ctrl+B)', italic: 'Italic (Ctrl+I)', strike: 'Strikethrough', heading2: 'Heading 2', heading3: 'Heading 3',
    bulletList: 'Bulleted list', orderedList: 'Numbered list', blockquote: 'Quote', undo: 'Undo (Ctrl+Z)', redo: 'Redo (Ctrl+Shift+Z)',
  },
  problem: {
    titleRequired: 'A title is required', columnUnknown: 'Choose a column', dateRequired: 'Enter a publish date',
    dateInvalid: 'The publish date is not a real date', urlInvalid: 'The original link must be a web address starting with http:// or https://',
  },
  error: {
    libraryLocked: 'The library {{path}} is open in another Newsdesk window or process; close it there first.',
    articleNotFound: 'Article {{id}} was not found; it may have been deleted.',
    articleDamaged: "This article's file was damaged and has been moved to {{path}}.",
    articleInTrash: 'This article is in the trash; restore it before editing.',
    saveConflict: 'This article was changed elsewhere. Reopen it before editing; your changes are still in the editor.',
    invalidInput: 'The request was not valid ({{where}}).',
    unknownCall: 'Unknown operation: {{name}}',
    diskWrite: 'Could not write to disk ({{detail}}): check free space and folder permissions. Your changes are still in the editor.',
    internal: 'Internal error: {{detail}}',
    network: 'Cannot reach the Newsdesk service; make sure it is still running. Your changes are still in the editor.',
    theme: 'Template {{file}} line {{line}}: {{detail}}',
    exportIntoLibrary: 'Cannot export inside the library folder ({{path}}); choose another folder.',
    jobNotFound: 'No such job ({{id}}).',
  },
  notice: { fileDamaged: 'The file {{file}} could not be read and was moved to {{movedTo}}; nothing was overwritten.' },
  settings: { language: 'Language' },
  preview: {
    title: 'Preview', article: 'Article page', list: 'Column list', home: 'Home page', phone: 'Phone width', updating: 'Updating…',
  },
  export: {
    open: 'Export site', title: 'Export site', folder: 'Export into folder', start: 'Export', browse: 'Choose folder…', close: 'Close', running: 'Exporting: {{done}}/{{total}} pages',
    summary: 'Exported to {{out}}: {{written}} pages written, {{removed}} removed, {{unchanged}} unchanged, in {{seconds}} s.',
    folderHint: 'e.g. /home/editor/site or D:\\site', failed: 'Export failed: {{message}}',
  },
  site: {
    open: 'Site settings', back: 'Back to articles', profile: 'Site profile', save: 'Save', saved: 'Saved', pages: 'Site pages',
    name: 'Site name', domain: 'Domain', welcome: 'Welcome line', disclaimer: 'Disclaimer', notices: 'Footer notices (one per line)', sponsor: 'Sponsor',
    copyright: 'Copyright line', icp: 'ICP number', phones: 'Phones', supervision: 'Supervision phones line', address: 'Address', email: 'E-mail', qq: 'QQ',
    footerNote: 'Last footer line', pageSize: 'Articles per list page', columns: 'Columns', columnName: 'Column name', columnSlug: 'URL folder (lowercase)',
    addColumn: 'Add column', removeColumn: 'Remove', pageTitle: 'Page title', savePage: 'Save page',
  },
};
