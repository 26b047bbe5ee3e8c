import { z } from 'zod';

export const targetKinds = ['folder', 'sftp', 'ftp', 'ftps'] as const;
export type TargetKind = (typeof targetKinds)[number];

/** Where the site is pushed. Passwords and passphrases are never part of it (see secrets). */
export const deployTargetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    name: z.string().trim().min(1).max(100),
    kind: z.enum(targetKinds),
    /** The folder itself, or the site's folder on the server. */
    path: z.string().trim().min(1).max(1000),
    host: z.string().trim().max(255).default(''),
    /** 0: the protocol's own port (22, 21). */
    port: z.number().int().min(0).max(65535).default(0),
    user: z.string().trim().max(100).default(''),
    /** SFTP: a private key file on this machine; '' to log in with a password. */
    keyFile: z.string().trim().max(1000).default(''),
    /** The server's SSH host key or FTPS certificate (SHA256), pinned at the first connection. */
    fingerprint: z.string().max(200).default(''),
  })
  .strict();
export type DeployTarget = z.infer<typeof deployTargetSchema>;

export const defaultPort: Record<TargetKind, number> = { folder: 0, sftp: 22, ftp: 21, ftps: 21 };

/** Where a target's password or passphrase comes from, as the settings screen shows it. */
export type SecretSource = 'stored' | 'env' | 'file' | 'none';

/** The environment variable the web shell and the CLI read a target's secret from. */
export function secretEnvName(targetId: string): string {
  return `NEWSDESK_SECRET_${targetId.toUpperCase().replace(/-/g, '_')}`;
}

export function needsSecret(target: DeployTarget): boolean {
  return target.kind !== 'folder' && target.keyFile === '';
}

/** What "test connection" found. */
export interface TargetCheck {
  /** Files the site's manifest says Newsdesk published there (0 before the first push). */
  files: number;
  /** The SSH host key or FTPS certificate, '' for folders and plain FTP. */
  fingerprint: string;
  /** True when this connection pinned it. */
  firstTime: boolean;
}

export interface TargetList {
  targets: DeployTarget[];
  active: string;
  secrets: Record<string, SecretSource>;
}
