import { Command } from 'commander';
import { addBackupCommand } from './backup';
import { addCheckSiteCommand } from './check-site';
import { addExportCommand } from './export';
import { addImportCommand } from './import';
import { addPublishCommand } from './publish';
import { addQueueCommand } from './queue';
import { addRestoreCommand } from './restore';
import { addSearchCommand } from './search';
import { exitCodesHelp, version } from './options';
import { addWebCommand } from './web';

/**
 * The whole command line. Settings made here before `.command()` are inherited by every
 * command: errors throw instead of exiting (so the caller maps them to exit code 2), and a
 * mistyped option or command gets the nearest one suggested.
 */
export function createProgram(): Command {
  const program = new Command('newsdesk')
    .description('编辑台 Newsdesk: the editorial workstation on the command line')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for newsdesk or a command')
    .exitOverride()
    .showSuggestionAfterError(true)
    .showHelpAfterError('(add --help for usage)');
  program.addHelpText('after', exitCodesHelp);
  for (const add of [addWebCommand, addExportCommand, addPublishCommand, addCheckSiteCommand, addQueueCommand, addImportCommand, addSearchCommand, addBackupCommand, addRestoreCommand]) add(program).addHelpText('after', exitCodesHelp);
  return program;
}
