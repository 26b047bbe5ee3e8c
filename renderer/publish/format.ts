import { formatDayTime } from '../../shared/dates';

const units = ['B', 'KB', 'MB', 'GB'];

/** 1536 -> "1.5 KB": sizes a publisher reads at a glance. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit ? value.toFixed(1) : value} ${units[unit]}`;
}

/** An instant in the site's zone, or '' for none. */
export function when(iso: string | null, zone: string): string {
  return iso ? formatDayTime(iso, zone) : '';
}
