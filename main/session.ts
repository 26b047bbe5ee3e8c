import { Handoff } from './handoff/handoff';
import { Library } from './library/library';
import type { Progress } from './library/recover';
import { Publisher } from './publish/publisher';
import { Secrets, type Cipher } from './publish/secrets';

/** An open library with its publisher: what every shell (desktop, web, CLI) works on. */
export interface Session {
  library: Library;
  publisher: Publisher;
  handoff: Handoff;
  close(): Promise<void>;
}

/** `cipher`: the desktop shell's safeStorage; elsewhere secrets come from the environment or a key file. */
export async function openSession(dir: string, options: { cipher?: Cipher; now?: () => Date; progress?: Progress } = {}): Promise<Session> {
  const library = await Library.open(dir, { progress: options.progress });
  try {
    const secrets = new Secrets(library.dir, () => library.getSettings().secretsFile, options.cipher);
    const publisher = await Publisher.open(library, secrets, options.now);
    const handoff = await Handoff.open(library);
    return {
      library,
      publisher,
      handoff,
      async close() {
        handoff.stop();
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
