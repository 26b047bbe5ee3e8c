import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

export const defaultTimezone = 'Asia/Shanghai';

/** A stored instant (ISO 8601 with offset), or null when it is not a real date. */
export function parseInstant(iso: string): dayjs.Dayjs | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) return null;
  const local = `${match[1]}-${match[2]}-${match[3]} ${match[4]}:${match[5]}:${match[6] ?? '00'}`;
  // Strict parsing refuses 2023-02-30 rather than rolling it over into March.
  if (!dayjs(local, 'YYYY-MM-DD HH:mm:ss', true).isValid()) return null;
  return dayjs(iso);
}

/** "2023-10-26T09:30" as typed in the zone -> stored ISO string with that zone's offset. */
export function fromLocalInput(local: string, zone = defaultTimezone): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return '';
  if (!dayjs(local, 'YYYY-MM-DDTHH:mm', true).isValid()) return '';
  return dayjs.tz(local, zone).format('YYYY-MM-DDTHH:mm:ssZ');
}

/** Stored ISO string -> "2023-10-26T09:30" in the zone, for a datetime-local field. */
export function toLocalInput(iso: string, zone = defaultTimezone): string {
  const instant = parseInstant(iso);
  return instant ? instant.tz(zone).format('YYYY-MM-DDTHH:mm') : '';
}

/** The date as the site prints it: 2023-10-26. */
export function formatDay(iso: string, zone = defaultTimezone): string {
  const instant = parseInstant(iso);
  return instant ? instant.tz(zone).format('YYYY-MM-DD') : '';
}

export function formatDayTime(iso: string, zone = defaultTimezone): string {
  const instant = parseInstant(iso);
  return instant ? instant.tz(zone).format('YYYY-MM-DD HH:mm') : '';
}

export function nowIso(zone = defaultTimezone): string {
  return dayjs().tz(zone).format('YYYY-MM-DDTHH:mm:ssZ');
}
