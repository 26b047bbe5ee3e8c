import fs from 'node:fs/promises';
import path from 'node:path';
import { secretEnvName, type SecretSource } from '../../shared/deploy-target';
import { ApiError } from '../../shared/errors';
import { writeAtomic } from '../atomic-write';

/** The desktop shell's safeStorage (the system keychain): the only place a secret is stored encrypted. */
export interface Cipher {
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/**
 * Passwords and key passphrases of deploy targets, never in the library in plain text:
 * from an environment variable (NEWSDESK_SECRET_<ID>) first, then the desktop shell's
 * encrypted store (`secrets.json`, ciphertext only), then the key file named in settings.
 */
export class Secrets {
  constructor(
    private readonly libraryDir: string,
    private readonly keyFile: () => string,
    private readonly cipher?: Cipher,
  ) {}

  async source(id: string): Promise<SecretSource> {
    if (process.env[secretEnvName(id)] !== undefined) return 'env';
    if (this.cipher && (await this.readJson(this.encryptedFile()))[id]) return 'stored';
    if (this.keyFile() && (await this.readJson(this.keyFile()))[id] !== undefined) return 'file';
    return 'none';
  }

  async get(id: string): Promise<string | null> {
    const fromEnv = process.env[secretEnvName(id)];
    if (fromEnv !== undefined) return fromEnv;
    if (this.cipher) {
      const stored = (await this.readJson(this.encryptedFile()))[id];
      if (stored) return this.cipher.decrypt(Buffer.from(stored, 'base64'));
    }
    return this.keyFile() ? ((await this.readJson(this.keyFile()))[id] ?? null) : null;
  }

  async set(id: string, secret: string): Promise<void> {
    if (this.cipher) return this.writeEntry(this.encryptedFile(), id, this.cipher.encrypt(secret).toString('base64'));
    const keyFile = this.keyFile();
    if (!keyFile) {
      throw new ApiError('invalid-input', 'error.deploy.cannotStoreSecret', `Set ${secretEnvName(id)} or name a key file in settings to give this target a password.`, {
        env: secretEnvName(id),
      });
    }
    if (!path.relative(this.libraryDir, path.resolve(keyFile)).startsWith('..')) {
      throw new ApiError('invalid-input', 'error.deploy.keyFileInLibrary', `The key file must be outside the library: ${keyFile}`, { path: keyFile });
    }
    await this.writeEntry(keyFile, id, secret);
  }

  private encryptedFile() {
    return path.join(this.libraryDir, 'secrets.json');
  }

  private async writeEntry(file: string, id: string, value: string) {
    const data = await this.readJson(file);
    data[id] = value;
    await writeAtomic(file, JSON.stringify(data, null, 2));
    await fs.chmod(file, 0o600);
  }

  private async readJson(file: string): Promise<Record<string, string>> {
    try {
      const data = JSON.parse(await fs.readFile(file, 'utf8')) as unknown;
      return data && typeof data === 'object' ? (data as Record<string, string>) : {};
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new ApiError('invalid-input', 'error.deploy.keyFileUnreadable', `The key file ${file} is not readable JSON.`, { path: file });
    }
  }
}
