import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fieldsOf, type Article, type ArticleFields } from '../../shared/article';
import { client } from '../api/client';
import { expectQuietSave, listedFieldsDiffer } from '../api/own-saves';
import { showSavedRow } from '../api/queries';
import { onCommand } from '../common/commands';
import { bodyHtml } from '../editor/body-html';
import { describeError } from '../i18n';
import { updateSaveStatus, type SaveState } from './save-state';
import { forgetUnsaved, keepUnsaved, readUnsaved, type UnsavedCopy } from './unsaved-copy';
import { useAutosave } from './useAutosave';

/**
 * One article as the pane edits it: loaded, its fields kept, its body read from the editor when
 * saved, saved by autosave and Ctrl+S, and the unsaved copy that a crash left behind.
 */
export function useArticle(id: string, onEdited?: (id: string) => void) {
  const [article, setArticle] = useState<Article>();
  const [fields, setFields] = useState<ArticleFields>();
  const [loadError, setLoadError] = useState<string>();
  const [missingImages, setMissingImages] = useState<string[]>([]);
  /** Text the editor had that never reached the disk (the app or the machine stopped first). */
  const [recovered, setRecovered] = useState<UnsavedCopy>();
  /** The body as opened: the editor starts from it and owns the text after. */
  const openedBody = useRef('');
  const fieldsRef = useRef<ArticleFields>(undefined);
  const revision = useRef(0);
  /** The fields as they are on disk: a save that changes none its list row shows leaves the list alone. */
  const onDisk = useRef<ArticleFields>(undefined);
  const editor = useRef<Editor>(undefined);
  const [changes] = useState(() => new EventTarget());
  const edited = useRef(false);

  useEffect(() => {
    client['articles.get']({ id }).then(
      (loaded) => {
        const loadedFields = fieldsOf(loaded);
        revision.current = loaded.revision;
        fieldsRef.current = loadedFields;
        onDisk.current = loadedFields;
        openedBody.current = loaded.bodyHtml;
        setArticle(loaded);
        updateSaveStatus(id, { revision: loaded.revision });
        setFields(loadedFields);
        client['assets.missing']({ id }).then(({ missing }) => setMissingImages(missing), () => undefined);
        const unsaved = readUnsaved(id);
        if (unsaved && JSON.stringify(unsaved.fields) !== JSON.stringify(loadedFields)) setRecovered(unsaved);
        else forgetUnsaved(id);
      },
      (error: unknown) => setLoadError(describeError(error)),
    );
  }, [id]);

  const save = useCallback(async () => {
    if (!fieldsRef.current) return;
    const body = editor.current ? bodyHtml(editor.current) : fieldsRef.current.bodyHtml;
    const fields = { ...fieldsRef.current, bodyHtml: body };
    let saved;
    const forgetQuiet = onDisk.current && !listedFieldsDiffer(onDisk.current, fields) ? expectQuietSave(id) : undefined;
    try {
      saved = await client['articles.save']({ id, baseRevision: revision.current, fields });
    } catch (error) {
      forgetQuiet?.();
      // The text that did not reach the disk, kept in the browser for the next opening. Not
      // written before each save: a long body's copy cost every save several milliseconds of
      // the window's time, and the keystroke that came then waited for it.
      keepUnsaved(id, { revision: revision.current, at: new Date().toISOString(), fields });
      throw error;
    }
    forgetUnsaved(id);
    onDisk.current = fields;
    showSavedRow(saved);
    revision.current = saved.revision;
    updateSaveStatus(id, { revision: saved.revision });
  }, [id]);

  // Only changes of state are reported: "unsaved" again on every keystroke would redraw the
  // label and the list row while typing.
  const shown = useRef<SaveState['kind']>('saved');
  const report = useCallback(
    (next: SaveState) => {
      if (next.kind === shown.current && next.kind !== 'failed') return;
      shown.current = next.kind;
      updateSaveStatus(id, { state: next });
    },
    [id],
  );
  const autosave = useAutosave(save, report);
  const { flush } = autosave;
  const changed = useCallback(() => {
    if (!edited.current) {
      edited.current = true;
      onEdited?.(id);
    }
    autosave.changed();
    changes.dispatchEvent(new Event('change'));
  }, [autosave, changes, id, onEdited]);
  const current = useCallback(
    () => fieldsRef.current && { ...fieldsRef.current, bodyHtml: editor.current ? bodyHtml(editor.current) : fieldsRef.current.bodyHtml },
    [],
  );

  useEffect(() => onCommand((command) => command === 'save' && void flush()), [flush]);
  // The window closing with edits not yet on disk: its last save may not get out (a long body
  // goes by a worker, which closes with it), so the copy is kept for the next opening.
  useEffect(() => {
    const onClose = () => {
      const fields = current();
      if (shown.current !== 'saved' && fields) keepUnsaved(id, { revision: revision.current, at: new Date().toISOString(), fields });
    };
    window.addEventListener('pagehide', onClose);
    return () => window.removeEventListener('pagehide', onClose);
  }, [id, current]);

  const update = useCallback(
    (patch: Partial<ArticleFields>) => {
      if (!fieldsRef.current) return;
      fieldsRef.current = { ...fieldsRef.current, ...patch };
      setFields(fieldsRef.current);
      changed();
    },
    [changed],
  );
  const restoreUnsaved = useCallback(() => {
    if (!recovered) return;
    fieldsRef.current = recovered.fields;
    setFields(recovered.fields);
    editor.current?.commands.setContent(recovered.fields.bodyHtml);
    setRecovered(undefined);
    changed();
  }, [recovered, changed]);
  const discardUnsaved = useCallback(() => {
    forgetUnsaved(id);
    setRecovered(undefined);
  }, [id]);

  return {
    article, fields, loadError, missingImages, recovered, openedBody, fieldsRef, revision, editor, changes,
    flush, changed, current, update, restoreUnsaved, discardUnsaved,
  };
}
