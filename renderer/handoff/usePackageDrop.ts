import { useCallback, type DragEvent } from 'react';
import { packageExtension, type Received } from '../../shared/handoff';
import { client } from '../api/client';
import { readAsBase64 } from '../common/read-file';

/** A .newsdesk package dropped anywhere on the window is taken in, as if it came through the inbox. */
export function usePackageDrop(onReceived: (received: Received) => void, onFailure: (error: unknown) => void) {
  const onDragOver = useCallback((e: DragEvent) => {
    if ([...e.dataTransfer.items].some((i) => i.kind === 'file')) e.preventDefault();
  }, []);
  const onDrop = useCallback(
    async (e: DragEvent) => {
      const packages = [...e.dataTransfer.files].filter((f) => f.name.endsWith(packageExtension));
      if (!packages.length) return;
      e.preventDefault();
      for (const file of packages) {
        try {
          onReceived(await client['handoff.receive']({ name: file.name, data: await readAsBase64(file) }));
        } catch (error) {
          onFailure(error);
        }
      }
    },
    [onReceived, onFailure],
  );
  return { onDragOver, onDrop };
}
