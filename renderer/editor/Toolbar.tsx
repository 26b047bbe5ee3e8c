import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import * as RadixToolbar from '@radix-ui/react-toolbar';
import * as Tooltip from '@radix-ui/react-tooltip';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { useEditorState, type Editor } from '@tiptap/react';
import {
  AlignCenter, AlignJustify, AlignLeft, AlignRight, BetweenHorizontalEnd, BetweenVerticalEnd, Bold, Columns3, Heading2, Heading3, Heading4, ImagePlus,
  Italic, Link, List, ListOrdered, Minus, MoreHorizontal, Quote, Redo2, RemoveFormatting, Rows3, Search, Strikethrough, Subscript, Superscript, Table,
  TableCellsMerge, TableCellsSplit, TableProperties, Trash2, Underline, Undo2, WandSparkles, type LucideIcon,
} from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TooltipText } from '../common/IconButton';
import { cleanupHtml } from './reprint-cleanup';

interface Item {
  key: string;
  icon: LucideIcon;
  run: () => void;
  active?: boolean;
  disabled?: boolean;
  /** Items of a group sit together; a separator goes between groups. */
  group: number;
}

/** Width of one button and of a separator, as styles.css draws them (.toolbar .icon-button, .toolbar-separator). */
const buttonWidth = 32;
const separatorWidth = 9;

/** How many items fit on one row of `width` pixels, keeping room for the "more" button when some do not. */
export function fittingItems(groups: number[], width: number): number {
  const ends: number[] = [];
  let used = 0;
  for (let i = 0; i < groups.length; i++) {
    used += buttonWidth + (i > 0 && groups[i] !== groups[i - 1] ? separatorWidth : 0);
    ends.push(used);
  }
  if (used <= width) return groups.length;
  const room = width - buttonWidth - separatorWidth;
  let fit = 0;
  while (fit < ends.length && ends[fit]! <= room) fit++;
  return fit;
}

/**
 * The formatting toolbar: one row (Radix Toolbar, one tab stop, arrow keys between buttons);
 * what does not fit goes into a "more" menu at its end. State is read through useEditorState, so
 * only the toolbar rerenders on selection changes; the selector asks the history and the table
 * directly rather than dry-running commands with can(), which costs a whole chain each.
 */
export function Toolbar({ editor, onLink, onFind, onImage }: { editor: Editor; onLink: () => void; onFind: () => void; onImage: () => void }) {
  const { t } = useTranslation();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      // Blocks are read where the selection starts, from its ancestors: one walk up, not a
      // search of the selected range for each button.
      const { $from } = e.state.selection;
      const within = new Set<string>();
      for (let depth = $from.depth; depth > 0; depth--) within.add($from.node(depth).type.name);
      const block = $from.parent;
      const level = block.type.name === 'heading' ? (block.attrs.level as number) : 0;
      const align = block.attrs.textAlign as string | null | undefined;
      const table = within.has('table');
      return {
        bold: e.isActive('bold'),
        italic: e.isActive('italic'),
        underline: e.isActive('underline'),
        strike: e.isActive('strike'),
        subscript: e.isActive('subscript'),
        superscript: e.isActive('superscript'),
        link: e.isActive('link'),
        h2: level === 2,
        h3: level === 3,
        h4: level === 4,
        bullet: within.has('bulletList'),
        ordered: within.has('orderedList'),
        quote: within.has('blockquote'),
        left: align === 'left',
        center: align === 'center',
        right: align === 'right',
        justify: align === 'justify',
        table,
        canMerge: table && e.can().mergeCells(),
        canSplit: table && e.can().splitCell(),
        canUndo: undoDepth(e.state) > 0,
        canRedo: redoDepth(e.state) > 0,
      };
    },
  });
  const row = useRef<HTMLDivElement>(null);
  // Measured when the toolbar's width changes (window, panels), never on a keystroke.
  const [width, setWidth] = useState(2000);
  useEffect(() => {
    const element = row.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(entry.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const chain = () => editor.chain().focus();
  const items: Item[] = [
    { key: 'undo', icon: Undo2, run: () => chain().undo().run(), disabled: !state.canUndo, group: 0 },
    { key: 'redo', icon: Redo2, run: () => chain().redo().run(), disabled: !state.canRedo, group: 0 },
    { key: 'bold', icon: Bold, run: () => chain().toggleBold().run(), active: state.bold, group: 1 },
    { key: 'italic', icon: Italic, run: () => chain().toggleItalic().run(), active: state.italic, group: 1 },
    { key: 'underline', icon: Underline, run: () => chain().toggleUnderline().run(), active: state.underline, group: 1 },
    { key: 'strike', icon: Strikethrough, run: () => chain().toggleStrike().run(), active: state.strike, group: 1 },
    { key: 'subscript', icon: Subscript, run: () => chain().toggleMark('subscript').run(), active: state.subscript, group: 1 },
    { key: 'superscript', icon: Superscript, run: () => chain().toggleMark('superscript').run(), active: state.superscript, group: 1 },
    { key: 'heading2', icon: Heading2, run: () => chain().toggleHeading({ level: 2 }).run(), active: state.h2, group: 2 },
    { key: 'heading3', icon: Heading3, run: () => chain().toggleHeading({ level: 3 }).run(), active: state.h3, group: 2 },
    { key: 'bulletList', icon: List, run: () => chain().toggleBulletList().run(), active: state.bullet, group: 2 },
    { key: 'orderedList', icon: ListOrdered, run: () => chain().toggleOrderedList().run(), active: state.ordered, group: 2 },
    { key: 'blockquote', icon: Quote, run: () => chain().toggleBlockquote().run(), active: state.quote, group: 2 },
    { key: 'link', icon: Link, run: onLink, active: state.link, group: 3 },
    { key: 'image', icon: ImagePlus, run: onImage, group: 3 },
    { key: 'insertTable', icon: Table, run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), group: 3 },
    ...(state.table
      ? [
          { key: 'addRow', icon: BetweenHorizontalEnd, run: () => chain().addRowAfter().run(), group: 4 },
          { key: 'deleteRow', icon: Rows3, run: () => chain().deleteRow().run(), group: 4 },
          { key: 'addColumn', icon: BetweenVerticalEnd, run: () => chain().addColumnAfter().run(), group: 4 },
          { key: 'deleteColumn', icon: Columns3, run: () => chain().deleteColumn().run(), group: 4 },
          { key: 'mergeCells', icon: TableCellsMerge, run: () => chain().mergeCells().run(), disabled: !state.canMerge, group: 4 },
          { key: 'splitCell', icon: TableCellsSplit, run: () => chain().splitCell().run(), disabled: !state.canSplit, group: 4 },
          { key: 'headerRow', icon: TableProperties, run: () => chain().toggleHeaderRow().run(), group: 4 },
          { key: 'deleteTable', icon: Trash2, run: () => chain().deleteTable().run(), group: 4 },
        ]
      : []),
    { key: 'find', icon: Search, run: onFind, group: 5 },
    { key: 'cleanup', icon: WandSparkles, run: () => chain().setContent(cleanupHtml(editor.getHTML())).run(), group: 5 },
    { key: 'align_left', icon: AlignLeft, run: () => chain().setTextAlign('left').run(), active: state.left, group: 6 },
    { key: 'align_center', icon: AlignCenter, run: () => chain().setTextAlign('center').run(), active: state.center, group: 6 },
    { key: 'align_right', icon: AlignRight, run: () => chain().setTextAlign('right').run(), active: state.right, group: 6 },
    { key: 'align_justify', icon: AlignJustify, run: () => chain().setTextAlign('justify').run(), active: state.justify, group: 6 },
    { key: 'heading4', icon: Heading4, run: () => chain().toggleHeading({ level: 4 }).run(), active: state.h4, group: 7 },
    { key: 'horizontalRule', icon: Minus, run: () => chain().setHorizontalRule().run(), group: 7 },
    { key: 'clearFormat', icon: RemoveFormatting, run: () => chain().unsetAllMarks().clearNodes().unsetTextAlign().run(), group: 7 },
  ];
  const fit = fittingItems(items.map((i) => i.group), width);
  const shown = items.slice(0, fit);
  const more = items.slice(fit);
  return (
    <RadixToolbar.Root className="toolbar" aria-label={t('toolbar.label')} ref={row}>
      {shown.map((item, i) => (
        <ToolbarButton key={item.key} item={item} label={t(`toolbar.${item.key}`)} separated={i > 0 && item.group !== shown[i - 1]!.group} />
      ))}
      {more.length > 0 && (
        <>
          <RadixToolbar.Separator className="toolbar-separator" />
          <DropdownMenu.Root modal={false}>
            <RadixToolbar.Button asChild>
              <DropdownMenu.Trigger className="icon-button" aria-label={t('ui.toolbarMore')} onMouseDown={(e) => e.preventDefault()}>
                <MoreHorizontal size={16} aria-hidden />
              </DropdownMenu.Trigger>
            </RadixToolbar.Button>
            <DropdownMenu.Portal>
              <DropdownMenu.Content className="menu" align="end" sideOffset={4} aria-label={t('ui.toolbarMore')} onCloseAutoFocus={(e) => e.preventDefault()}>
                {more.map(({ key, icon: Icon, run, active, disabled }) => (
                  <DropdownMenu.Item key={key} className={`menu-item${active ? ' active' : ''}`} disabled={disabled} onSelect={run}>
                    <Icon size={16} aria-hidden /> {t(`toolbar.${key}`)}
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </>
      )}
    </RadixToolbar.Root>
  );
}

function ToolbarButton({ item, label, separated }: { item: Item; label: string; separated: boolean }) {
  const Icon = item.icon;
  return (
    <>
      {separated && <RadixToolbar.Separator className="toolbar-separator" />}
      <Tooltip.Root>
        <Tooltip.Trigger asChild>
          <RadixToolbar.Button
            className={`icon-button${item.active ? ' active' : ''}`}
            aria-label={label}
            aria-pressed={item.active}
            disabled={item.disabled}
            // The body keeps the selection: a click must not take the focus from it.
            onMouseDown={(e) => e.preventDefault()}
            onClick={item.run}
          >
            <Icon size={16} aria-hidden />
          </RadixToolbar.Button>
        </Tooltip.Trigger>
        <TooltipText label={label} />
      </Tooltip.Root>
    </>
  );
}
