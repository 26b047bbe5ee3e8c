import { useEffect } from 'react';
import { bridge } from '../api/transport';
import { commandOfKey, runCommand } from '../common/commands';

/**
 * The window's shortcuts and the desktop menu's commands, both into the command bus. Registered
 * once for the window's life: one key press, one command.
 */
export function useKeyboard(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const inBody = !!(event.target as HTMLElement | null)?.closest?.('.ProseMirror, .link-bar');
      const command = commandOfKey(event, { menu: !!bridge, inBody });
      if (!command) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey);
    // Whether or not the bridge gives an unsubscribe (older preloads do not), this runs once.
    const off: unknown = bridge?.onCommand(runCommand);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (typeof off === 'function') (off as () => void)();
    };
  }, []);
}
