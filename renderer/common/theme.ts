import type { Settings } from '../../shared/settings';

/**
 * Sets the interface's colour scheme on <html> (tokens.css reads data-theme). "system" follows
 * the system's scheme, also when it changes while the app is open. Returns the unsubscribe.
 */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): () => void {
  if (theme !== 'system') {
    root.dataset.theme = theme;
    return () => undefined;
  }
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => (root.dataset.theme = query.matches ? 'dark' : 'light');
  follow();
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}
