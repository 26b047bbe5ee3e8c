import { afterEach, beforeEach } from 'vitest';
import { commands } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react/pure';
import { queryClient } from '../../renderer/api/queries';
import { opened, stopFollowing } from './mount';
import '../../renderer/i18n';
import '../../renderer/styles.css';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** A real web shell on a fresh library, which the page's calls and events reach (library-server.ts). */
    openLibrary: () => Promise<{ library: string; scratch: string }>;
    closeLibrary: () => Promise<void>;
  }
}

// Each test starts on a fresh library with nothing remembered from the test before.
beforeEach(async () => {
  localStorage.clear();
  queryClient.clear();
  const { library, scratch } = await commands.openLibrary();
  opened.library = library;
  opened.scratch = scratch;
});

// Unmounted first, so the event stream closes before its shell stops.
afterEach(async () => {
  await cleanup();
  stopFollowing();
  await commands.closeLibrary();
});
