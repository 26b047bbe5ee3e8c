import type { Command } from 'commander';
import { exitCodes, libraryOption } from './options';
import { progressLines } from './publish';

/** `newsdesk check-site`: 校验站点; false when it failed, or found differences it did not put right. */
export async function runCheckSite(libraryDir: string, repair: boolean): Promise<boolean> {
  const { openSession } = await import('../session');
  const session = await openSession(libraryDir);
  try {
    const check = await session.publisher.checkSite(repair, progressLines((line) => process.stderr.write(`${line}\n`)));
    if (check.error) {
      console.log(`check failed: ${check.error.message}`);
      return false;
    }
    console.log(`checked ${check.files} files: ${check.missing.length} missing, ${check.changed.length} changed, ${check.extra.length} extra${check.repaired ? ', put right' : ''}`);
    for (const [what, files] of [['missing', check.missing], ['changed', check.changed], ['extra', check.extra]] as const) for (const file of files) console.log(`${what}\t${file}`);
    return check.repaired || check.missing.length + check.changed.length + check.extra.length === 0;
  } finally {
    await session.close();
  }
}

export function addCheckSiteCommand(program: Command): Command {
  return program
    .command('check-site')
    .description('校验站点: compare the whole server with the site as published and put right what differs (pages deleted, changed or left behind); exit code 1 when it failed')
    .addOption(libraryOption())
    .option('--no-repair', 'only report what differs')
    .action(async (options: { library: string; repair: boolean }) => {
      if (!(await runCheckSite(options.library, options.repair))) process.exitCode = exitCodes.failed;
    });
}
