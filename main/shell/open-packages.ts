import { packagesIn } from './command-line';

/**
 * Packages handed over by the system reach the library one at a time, in the order given. Those
 * that arrive before the library is open (macOS sends open-file before the app is ready) wait
 * for it; a file offered twice before then is taken once.
 */
export class PackageHandOver {
  private pending: string[] = [];
  private receive: ((file: string) => Promise<void>) | undefined;
  private queue = Promise.resolve();

  constructor(private readonly onError: (file: string, error: unknown) => void) {}

  offer(files: readonly string[]): Promise<void> {
    if (this.receive) return this.take(files);
    for (const file of files) if (!this.pending.includes(file)) this.pending.push(file);
    return this.queue;
  }

  /** The library is open and the window shows: takes what waited, then each file as it comes. */
  ready(receive: (file: string) => Promise<void>): Promise<void> {
    this.receive = receive;
    const waiting = this.pending;
    this.pending = [];
    return this.take(waiting);
  }

  private take(files: readonly string[]): Promise<void> {
    const receive = this.receive!;
    this.queue = this.queue.then(async () => {
      for (const file of files) await receive(file).catch((error: unknown) => this.onError(file, error));
    });
    return this.queue;
  }
}

/** The part of a BrowserWindow a second instance's hand-over uses. */
export interface ForegroundWindow {
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/** A second start of the app (a package double-clicked while it runs): its window comes forward and takes the packages. */
export function secondInstance(argv: readonly string[], workingDirectory: string, window: ForegroundWindow | undefined, handOver: PackageHandOver) {
  if (window?.isMinimized()) window.restore();
  window?.focus();
  return handOver.offer(packagesIn(argv, workingDirectory));
}
