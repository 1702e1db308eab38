// Calendar dates as YYYY-MM-DD strings, the form every tool stores. Pure: anything about "now" takes a Date.

/** A Date as YYYY-MM-DD in the person's own time zone. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "14 March 2027"; '' stays ''. */
export const formatDate = (iso: string): string =>
  iso ? new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : '';

/** Example data with relative dates, such as "{today+14}", made real around `today`. */
export const datedAround = <T>(example: T, today: string): T =>
  JSON.parse(JSON.stringify(example), (_, value: unknown) => {
    const days = typeof value === 'string' && /^\{today([+-]\d+)\}$/.exec(value);
    return days ? addDays(today, Number(days[1])) : value;
  }) as T;
