import { createRequire } from 'node:module';
import { InvalidArgumentError, Option } from 'commander';
import { defaultLibraryDir } from '../library-dir';

/** The exit codes, the same for every command; printed under every help text. */
export const exitCodes = { done: 0, failed: 1, usage: 2 } as const;

export const exitCodesHelp = `
Exit codes:
  0  done
  1  failed (the reason is printed; for publish and import, each failed item's reason)
  2  usage: an unknown command or option, or a missing or malformed value`;

// Both main/cli/options.ts and the bundle dist/main/cli.js sit two folders below package.json.
export const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The `--library DIR` option every command takes. */
export function libraryOption(): Option {
  return new Option('--library <dir>', 'the library folder (or set NEWSDESK_LIBRARY)').default(defaultLibraryDir());
}

/** Parses a TCP port; a bad value is a usage error (exit 2), not a failure. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535 (0 picks a free one)');
  return port;
}
