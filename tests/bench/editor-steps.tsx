// bench:editor --steps: the bare TipTap page made like our window one step at a time (editor.ts).
// Each step keeps the ones before it:
//   extensions  our extension list (bodyExtensions) instead of StarterKit, with BodyEditor's options
//   styles      our stylesheet and the editor's class and attributes (.body-editor, spellcheck off)
//   scroller    the editor inside our canvas's scroller (.canvas .body .body-scroll), placed where
//               our window places it (the list's and the preview's widths left empty beside it)
//   react       our BodyEditor component (toolbar, counts, image bar) rendered by React
//   autosave    its changes saved as our article pane saves them (useAutosave, the body's HTML
//               read, a save mark), the save itself answered at once instead of going out
// The default peer of the bench (bare-editor.ts) is not this page: it stays TipTap with StarterKit.
import * as Tooltip from '@radix-ui/react-tooltip';
import { Editor } from '@tiptap/core';
import type { Editor as ReactEditor } from '@tiptap/react';
import { useCallback, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import { SaveMark } from '../../renderer/article/SaveMark';
import { updateSaveStatus, type SaveState } from '../../renderer/article/save-state';
import { useAutosave } from '../../renderer/article/useAutosave';
import { BodyEditor } from '../../renderer/editor/BodyEditor';
import { bodyHtml } from '../../renderer/editor/body-html';
import { bodyExtensions } from '../../renderer/editor/extensions';
import '../../renderer/i18n';

export const steps = ['extensions', 'styles', 'scroller', 'react', 'autosave'] as const;
export type Step = (typeof steps)[number];

declare global {
  interface Window {
    openStep(html: string, step: Step, appStyles: string): void;
  }
}

/** The page's text set as the bare peer sets it (editor.ts's barePage). */
const bareStyle = `body { margin: 0; font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif; }
.ProseMirror { max-width: calc(50em + 36px); margin: 0 auto; padding: 12px 18px; outline: none; line-height: 1.9; font-size: 15px; }
.ProseMirror p { text-indent: 2em; margin: 0 0 0.6em; }`;

/** Our window's frame around the canvas, as ArticlesView and ArticlePane build it, with the list's and preview's places left empty. */
const canvasAround = (inner: string) =>
  `<div class="app previewing"><main class="workspace"><div style="width: 300px; flex: none"></div><div class="editor-pane"><div class="article-split">` +
  `<section class="canvas">${inner}</section><div class="step-preview" style="width: 40%; min-width: 340px; flex: none"></div></div></div></main></div>`;

function AutosavedBody({ html }: { html: string }) {
  const editor = useRef<ReactEditor>(undefined);
  const onReady = useCallback((instance: ReactEditor) => (editor.current = instance), []);
  const save = useCallback(async () => {
    if (editor.current) bodyHtml(editor.current);
    updateSaveStatus('step', { revision: 1 });
  }, []);
  // Only changes of state reported, as useArticle reports them.
  const shown = useRef<SaveState['kind']>('saved');
  const report = useCallback((next: SaveState) => {
    if (next.kind === shown.current && next.kind !== 'failed') return;
    shown.current = next.kind;
    updateSaveStatus('step', { state: next });
  }, []);
  const { changed } = useAutosave(save, report);
  return (
    <>
      <SaveMark id="step" className="save-mark" testId="save-state" idle={{ kind: 'saved' }} />
      <BodyEditor html={html} label="正文" onReady={onReady} onChange={changed} />
    </>
  );
}

window.openStep = (html, step, appStyles) => {
  const at = steps.indexOf(step);
  const style = document.createElement('style');
  style.textContent = at >= steps.indexOf('styles') ? appStyles : bareStyle;
  document.head.append(style);
  if (at >= steps.indexOf('react')) {
    document.body.innerHTML = canvasAround('<div id="react-root" style="display: contents"></div>');
    const root = createRoot(document.querySelector('#react-root')!);
    const noop = () => undefined;
    root.render(
      <Tooltip.Provider delayDuration={600}>
        {step === 'autosave' ? <AutosavedBody html={html} /> : <BodyEditor html={html} label="正文" onReady={noop} onChange={noop} />}
      </Tooltip.Provider>,
    );
    return;
  }
  document.body.innerHTML = at >= steps.indexOf('scroller') ? canvasAround('<div class="body"><div class="body-scroll"><div id="editor"></div></div></div>') : '<div id="editor"></div>';
  const styled = at >= steps.indexOf('styles');
  new Editor({
    element: document.querySelector('#editor')!,
    extensions: bodyExtensions,
    content: html,
    enableCoreExtensions: { delete: false },
    editorProps: styled ? { attributes: { 'aria-label': '正文', class: 'body-editor', spellcheck: 'false' } } : {},
  });
};
