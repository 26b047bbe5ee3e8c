import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(customParseFormat);

export const defaultTimezone = 'Asia/Shanghai';

const instantPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a stored string is a real instant: 2023-02-30 is refused, not rolled into March. */
export function isRealInstant(iso: string): boolean {
  const m = instantPattern.exec(iso);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d && h! < 24 && mi! < 60 && s! < 60;
}

/** A stored instant (ISO 8601 with offset), or null when it is not a real date. */
export function parseInstant(iso: string): dayjs.Dayjs | null {
  return isRealInstant(iso) ? dayjs(iso) : null;
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
  return wallClock(iso, zone)?.slice(0, 10) ?? '';
}

const fixedOffsets = new Map<string, number | null>();

/**
 * Zones without daylight saving (Asia/Shanghai) have one offset, so the wall clock is plain
 * arithmetic; exporting 10,000 pages must not pay for a time-zone lookup per date.
 */
function fixedOffsetMinutes(zone: string): number | null {
  if (!fixedOffsets.has(zone)) {
    const year = new Date().getUTCFullYear();
    const jan = dayjs.tz(`${year}-01-15 12:00`, zone).utcOffset();
    const jul = dayjs.tz(`${year}-07-15 12:00`, zone).utcOffset();
    fixedOffsets.set(zone, jan === jul ? jan : null);
  }
  return fixedOffsets.get(zone)!;
}

const clocks = new Map<string, string | null>();

/** "2023-10-26T09:30:00" in the zone, or null for a string that is not a real instant. */
export function wallClock(iso: string, zone = defaultTimezone): string | null {
  const key = `${zone} ${iso}`;
  let clock = clocks.get(key);
  if (clock === undefined) {
    if (clocks.size > 200_000) clocks.clear(); // a memo for exports, not a leak
    clock = computeWallClock(iso, zone);
    clocks.set(key, clock);
  }
  return clock;
}

function computeWallClock(iso: string, zone: string): string | null {
  if (!isRealInstant(iso)) return null;
  const ms = Date.parse(iso);
  const offset = fixedOffsetMinutes(zone);
  if (offset !== null) return new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  return dayjs(ms).tz(zone).format('YYYY-MM-DDTHH:mm:ss');
}

/** The date and minute as lists show them: 2023-10-26 09:30. */
export function formatDayTime(iso: string, zone = defaultTimezone): string {
  return wallClock(iso, zone)?.slice(0, 16).replace('T', ' ') ?? '';
}

export function nowIso(zone = defaultTimezone): string {
  return instantIso(new Date(), zone);
}

/** An instant as stored: to the second, with the zone's offset. */
export function instantIso(date: Date, zone = defaultTimezone): string {
  return dayjs(date).tz(zone).format('YYYY-MM-DDTHH:mm:ssZ');
}
