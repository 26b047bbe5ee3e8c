/**
 * A date as Chinese pages write it: 2023-10-26, 2023/10/26, 2023.10.26 or 2023年10月26日,
 * optionally with a time (09:30, 09:30:15, 9时30分). Returns the stored form with the
 * site's offset, or null.
 */
const datePattern = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2}))?\s*秒?)?/;

export function findDate(text: string): { iso: string; match: string } | null {
  const m = datePattern.exec(text);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((v) => v ?? undefined) as string[];
  const n = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(n[0], n[1] - 1, n[2]));
  if (check.getUTCMonth() !== n[1] - 1 || check.getUTCDate() !== n[2] || n[3] > 23 || n[4] > 59 || n[5] > 59) return null;
  const pad = (v: number) => String(v).padStart(2, '0');
  return { iso: `${n[0]}-${pad(n[1])}-${pad(n[2])}T${pad(n[3])}:${pad(n[4])}:${pad(n[5])}+08:00`, match: m[0] };
}
