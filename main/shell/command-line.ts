import path from 'node:path';
import { packageExtension } from '../../shared/handoff';

// What the desktop app reads from its command line: packages to open, and the library folder.

/** Options whose value is the next argument, so that value is never taken for a file to open. */
const optionsWithValue = new Set(['--library']);

/**
 * The .newsdesk packages in a command line: the app's own (Windows and Linux, "open with") or a
 * second instance's, whose relative names are read from that instance's working directory.
 */
export function packagesIn(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsWithValue.has(arg)) i++;
    else if (!arg.startsWith('-') && arg.toLowerCase().endsWith(packageExtension)) files.push(path.resolve(workingDirectory, arg));
  }
  return files;
}

/** The library folder: --library DIR, else NEWSDESK_LIBRARY, else the user-data folder (shared with the web shell's default). */
export function libraryDirFrom(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  for (const [i, arg] of argv.entries()) {
    const next = argv[i + 1];
    if (arg === '--library' && next) return path.resolve(next);
    if (arg.startsWith('--library=')) return path.resolve(arg.slice('--library='.length));
  }
  if (env.NEWSDESK_LIBRARY) return path.resolve(env.NEWSDESK_LIBRARY);
  return path.join(userData, 'library');
}
