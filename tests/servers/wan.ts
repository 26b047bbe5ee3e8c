import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The shared kit's delay proxy (`../shared/bench/wan/`, beside the checkout). */
const script = path.resolve(import.meta.dirname, '../../../shared/bench/wan/delay-proxy.mjs');

export interface Wan {
  /** The port to connect to instead of the server's. */
  port: number;
  stop(): Promise<void>;
}

/**
 * A network between us and a loopback server: every chunk arrives `rtt / 2` ms late in each
 * direction (a server in another province is 20 to 60 ms away). FTP needs `ftp` so the data
 * connections go through delayed ports as well.
 */
export async function startWan(serverPort: number, rtt: number, ftp = false): Promise<Wan> {
  if (!fs.existsSync(script)) throw new Error(`The delay proxy is missing: ${script}`);
  const args = [script, '--target', `127.0.0.1:${serverPort}`, '--delay', String(rtt / 2), ...(ftp ? ['--ftp'] : [])];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const m = /listening (\d+)/.exec(seen);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`the delay proxy exited (${code}): ${seen}`)));
  });
  return {
    port,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}
