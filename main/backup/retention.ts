import fs from 'node:fs/promises';
import { listBackups } from './backup-folder';

/** How many backups are kept: the newest of each of the last 7 days, 4 weeks and 12 months that have one. */
export const retention = { daily: 7, weekly: 4, monthly: 12 } as const;

/** ISO 8601 week of a calendar day (YYYY-MM-DD), as `YYYY-Www`: weeks start on Monday. */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  date.setUTCDate(date.getUTCDate() - weekday + 3); // the Thursday of that week names its year
  const year = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / 604_800_000);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The backups to keep (as restic's --keep-daily/weekly/monthly): walking from the newest,
 * each rule keeps the newest backup of each day (week, month) until it has kept its count of
 * them; a backup any rule keeps stays. `dayOf` gives a backup's calendar day in the site's time zone.
 */
export function keptBackups<T extends { createdAt: string }>(backups: readonly T[], dayOf: (iso: string) => string): Set<T> {
  const newestFirst = [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const rules: [(day: string) => string, number][] = [
    [(day) => day, retention.daily],
    [isoWeek, retention.weekly],
    [(day) => day.slice(0, 7), retention.monthly],
  ];
  const kept = new Set<T>();
  for (const [bucketOf, count] of rules) {
    let last: string | null = null;
    let taken = 0;
    for (const backup of newestFirst) {
      if (taken === count) break;
      const bucket = bucketOf(dayOf(backup.createdAt));
      if (bucket === last) continue;
      last = bucket;
      taken++;
      kept.add(backup);
    }
  }
  return kept;
}

/** Removes the backups in a folder that the retention does not keep; returns their names. */
export async function pruneBackups(folder: string, dayOf: (iso: string) => string): Promise<string[]> {
  const all = await listBackups(folder);
  const kept = keptBackups(all, dayOf);
  const removed = all.filter((backup) => !kept.has(backup));
  for (const old of removed) await fs.rm(old.path, { recursive: true, force: true });
  return removed.map((backup) => backup.name);
}
