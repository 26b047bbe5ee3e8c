import { Backups } from './backup/schedule';
import { Handoff } from './handoff/handoff';
import { Jobs } from './jobs';
import { Library, type OpenOptions } from './library/library';
import { Publisher } from './publish/publisher';
import { Secrets, type Cipher } from './publish/secrets';

/** An open library with its publisher and jobs: what every shell (desktop, web, CLI) works on. */
export interface Session {
  library: Library;
  publisher: Publisher;
  handoff: Handoff;
  /** Started only by the shells that stay open (desktop, web); the CLI backs up on demand. */
  backups: Backups;
  /** Long work (exports) the windows follow by its events. */
  jobs: Jobs;
  close(): Promise<void>;
}

/**
 * `cipher`: the desktop shell's safeStorage; elsewhere secrets come from the environment or a key file.
 * `progress` and `onSettings`: as for Library.open, for the opening screen.
 */
export async function openSession(dir: string, options: { cipher?: Cipher; now?: () => Date } & OpenOptions = {}): Promise<Session> {
  const library = await Library.open(dir, { progress: options.progress, onSettings: options.onSettings });
  try {
    options.progress?.({ step: 'services' });
    const secrets = new Secrets(library.dir, () => library.getSettings().secretsFile, options.cipher);
    const publisher = await Publisher.open(library, secrets, options.now);
    const handoff = await Handoff.open(library);
    const backups = new Backups(library, options.now);
    return {
      library,
      publisher,
      handoff,
      backups,
      jobs: new Jobs(),
      async close() {
        handoff.stop();
        await backups.stop();
        publisher.stop();
        while (publisher.isBusy()) await publisher.runDue();
        await library.close();
      },
    };
  } catch (error) {
    await library.close();
    throw error;
  }
}
