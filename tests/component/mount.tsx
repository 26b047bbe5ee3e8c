import * as Tooltip from '@radix-ui/react-tooltip';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { render } from 'vitest-browser-react/pure';
import { followEvents, queryClient } from '../../renderer/api/queries';

/** The test's library, and a folder beside it the test may use (a site folder, a key file); removed after the test. */
export const opened = { library: '', scratch: '' };

const following: (() => void)[] = [];

/**
 * Draws a component as the window does (renderer/main.tsx and App.tsx): in strict mode, with
 * the window's query cache kept true by main's events, and its tooltips. Unmounted after the test.
 */
export function mount(ui: ReactNode) {
  following.push(followEvents());
  return render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Tooltip.Provider delayDuration={600}>{ui}</Tooltip.Provider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

/** Stops following events (after the test, so the page's event stream closes). */
export function stopFollowing(): void {
  while (following.length) following.pop()!();
}
