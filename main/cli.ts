#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ApiError } from '../shared/errors';
import { defaultLibraryDir } from './library-dir';
import { runImport } from './import/run-import';
import { runPublish, runQueue } from './publish/run-cli';
import { runExport } from './site/run-export';
import { runWeb } from './web/run';

const usage = `usage: newsdesk <command> [options]

commands:
  web      serve the app on 127.0.0.1 (--library DIR, --port N, --no-open)
  export   write the site into a folder (--library DIR --out DIR)
  publish  push the due items of the publish queue to the site (--library DIR);
           exits with 1 when an item failed
  queue    list the publish queue (--library DIR)
  import   import pages as drafts: FILE or FOLDER… (--library DIR); .html, .htm, .txt, .docx
           --dry-run saves nothing; --json prints the fields found in each file

options:
  --library DIR   the library folder (default: ${defaultLibraryDir()})`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      library: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const library = values.library ?? defaultLibraryDir();
  switch (command) {
    case 'web':
      await runWeb({ library, port: Number(values.port ?? 0), open: !values['no-open'] });
      return 0;
    case 'export':
      if (!values.out) throw new Error('export needs --out DIR, the folder to write the site into');
      await runExport(library, values.out);
      return 0;
    case 'publish':
      return (await runPublish(library)) ? 0 : 1;
    case 'import':
      if (!positionals.length) throw new Error('import needs the files or folders to import');
      return (await runImport(positionals, library, { dryRun: values['dry-run'], json: values.json })) ? 0 : 1;
    case 'queue':
      await runQueue(library);
      return 0;
    default:
      console.error(usage);
      return command ? 2 : 0;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(`newsdesk: ${error instanceof ApiError || error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
