import fs from 'node:fs/promises';
import path from 'node:path';
import type { Session } from '../../main/session';
import type { ArticleFields } from '../../shared/article';
import type { DeployTarget } from '../../shared/deploy-target';
import { openSession, tempDir } from './helpers';

/** A library with a clock the test moves, and a way to write an article ready for review. */
export async function publishingSession(dir?: string) {
  const clock = { now: new Date('2026-11-28T10:00:00+08:00') };
  const session = await openSession(dir ?? (await tempDir()), { now: () => clock.now });
  const ready = async (title: string, extra: Partial<ArticleFields> = {}) =>
    session.library.create({ title, column: 'jiandu', publishedAt: '2026-11-20T09:00:00+08:00', source: '国家邮政局', bodyHtml: `<p>${title}的正文。</p>`, status: 'review', ...extra });
  return { session, clock, ready, ...session };
}

export async function folderTarget(session: Session, dir?: string): Promise<DeployTarget> {
  const target: DeployTarget = { id: 'live', name: '正式网站', kind: 'folder', path: dir ?? (await tempDir('newsdesk-live-')), host: '', port: 0, user: '', keyFile: '', fingerprint: '' };
  return session.publisher.targets.save(target);
}

/** Every file under a folder with its content, for comparing two sites. */
export async function readTree(dir: string, skip = (file: string) => file.startsWith('.newsdesk')): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (!skip(path.basename(file))) files.set(file, await fs.readFile(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}
