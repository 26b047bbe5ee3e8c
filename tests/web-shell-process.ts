import { spawn, type ChildProcess } from 'node:child_process';

/** A running `newsdesk web` process on its own library folder. */
export class WebShellProcess {
  url = '';
  private child?: ChildProcess;
  /** port: 0 for any; a fixed one keeps the page's origin, and so its storage, across restarts. */
  constructor(
    readonly library: string,
    readonly port = 0,
  ) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['dist/main/cli.js', 'web', '--library', this.library, '--no-open', '--port', String(this.port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    this.url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /web shell: (http:\/\/\S+)/.exec(output);
        if (match) resolve(match[1]!);
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`web shell exited with ${code}: ${output}`)));
    });
  }

  /**
   * A clean stop, as closing the app does. On Windows, where Node cannot send SIGTERM, it is a
   * hard kill: the library's lock goes stale within seconds and the next start takes it over.
   */
  async stop(): Promise<void> {
    await this.signal('SIGTERM');
  }

  /** Dies at once, as in a crash or a power cut. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  private async signal(signal: NodeJS.Signals) {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
