/** The interface in Chinese, the default. Keys are shared with en.ts. */
export const zhCN = {
  app: { name: '编辑台', loading: '正在打开资料库…', openFailed: '无法打开资料库：{{message}}' },
  menu: {
    file: '文件', edit: '编辑', view: '视图', window: '窗口', help: '帮助',
    newArticle: '新建文章', save: '立即保存', quit: '退出',
    undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选',
    reload: '重新载入', toggleDevTools: '开发者工具', zoomIn: '放大', zoomOut: '缩小', resetZoom: '实际大小',
    minimize: '最小化', close: '关闭窗口', about: '关于编辑台',
  },
  library: {
    title: '文章库', newArticle: '新建', search: '按标题筛选…', allColumns: '全部栏目', allStatuses: '全部状态', filterColumn: '按栏目筛选', filterStatus: '按状态筛选',
    trash: '回收站', backToList: '返回文章库', emptyTrash: '清空回收站', confirmEmptyTrash: '永久删除回收站中的 {{count}} 篇文章？此操作不能撤销。',
    count: '共 {{count}} 篇', shown: '显示前 {{shown}} 篇，共 {{count}} 篇', empty: '没有符合条件的文章',
    untitled: '（无标题）', noneSelected: '在左侧选择一篇文章，或新建一篇。', restore: '恢复',
  },
  column: { title: '标题', column: '栏目', publishedAt: '发布日期', source: '来源', status: '状态', updatedAt: '最后修改' },
  status: { draft: '草稿', review: '待审核' },
  save: { unsaved: '未保存', saving: '正在保存…', saved: '已保存', failed: '保存失败：{{message}}' },
  article: {
    title: '标题', column: '栏目', publishedAt: '发布日期和时间', timezone: '时区：{{zone}}', source: '来源', author: '作者',
    originalUrl: '原文链接', summary: '摘要', keywords: '关键词', keywordsHint: '用逗号或空格分隔', status: '状态', body: '正文',
    duplicate: '复制', trash: '删除', trashed: '已移入回收站', revision: '第 {{revision}} 版',
  },
  toolbar: {
    bold: '加粗 (Ctrl+B)', italic: '斜体 (Ctrl+I)', strike: '删除线', heading2: '二级标题', heading3: '三级标题',
    bulletList: '项目符号列表', orderedList: '编号列表', blockquote: '引用', undo: '撤销 (Ctrl+Z)', redo: '重做 (Ctrl+Shift+Z)',
  },
  problem: {
    titleRequired: '标题不能为空', columnUnknown: '请选择一个栏目', dateRequired: '请填写发布日期',
    dateInvalid: '发布日期不是有效的日期', urlInvalid: '原文链接必须是以 http:// 或 https:// 开头的网址',
  },
  error: {
    libraryLocked: '资料库 {{path}} 正在另一个编辑台窗口或进程中使用，请先在那里关闭。',
    articleNotFound: '找不到这篇文章（{{id}}），可能已被删除。',
    articleDamaged: '这篇文章的文件已损坏，已移到 {{path}}。',
    articleInTrash: '这篇文章在回收站中，请先恢复再编辑。',
    saveConflict: '这篇文章已在别处被修改。请重新打开文章后再编辑，您的修改已保留在编辑区。',
    invalidInput: '请求的数据不正确（{{where}}）。',
    unknownCall: '未知的操作：{{name}}',
    diskWrite: '无法写入磁盘（{{detail}}），请检查磁盘空间和文件夹权限。您的修改仍在编辑区中。',
    internal: '发生内部错误：{{detail}}',
    network: '无法连接到编辑台服务，请确认它仍在运行。您的修改仍在编辑区中。',
  },
  notice: { fileDamaged: '文件 {{file}} 无法读取，已移到 {{movedTo}}，未被覆盖。' },
  settings: { language: '界面语言' },
} as const;
