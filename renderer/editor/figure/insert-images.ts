import type { Editor } from '@tiptap/react';
import { shownSize } from '../../../shared/image';
import { client } from '../../api/client';
import { readAsBase64 } from '../../common/read-file';

/** Stores image files in the library and puts them in the body at `at` (the cursor when not given). */
export async function insertImages(editor: Editor, files: File[], at?: number): Promise<void> {
  let position = at;
  for (const file of files) {
    const stored = await client['assets.add']({ name: file.name || 'image', data: await readAsBase64(file) });
    const content = { type: 'figure', attrs: { src: stored.src, alt: '', caption: '', ...shownSize(stored.width, stored.height) } };
    if (position === undefined) editor.chain().focus().insertContent(content).run();
    else {
      editor.chain().focus().insertContentAt(position, content).run();
      position = editor.state.selection.to;
    }
  }
}

export const imageFiles = (list: FileList | null | undefined) => [...(list ?? [])].filter((f) => f.type.startsWith('image/'));
