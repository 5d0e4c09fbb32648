// Dates as Jekyll read them (Ruby's Time.parse, then shown in the site's time zone), and the
// ISO 8601 form with an offset that this site keeps.

/** An instant and the offset it is shown in, as Ruby's Time carries both. */
export interface ZonedTime {
  date: Date;
  /** Minutes east of UTC. */
  offsetMinutes: number;
}

/** Used when `_config.yml` names no `timezone`: the zone this site assumes for times without an offset. */
export const DEFAULT_TIME_ZONE = "Asia/Tokyo";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const NAMED_ZONES: Record<string, number> = { z: 0, utc: 0, gmt: 0, ut: 0, jst: 540, kst: 540 };

const TIME = String.raw`(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?`;
const ZONE = String.raw`(?:\s*(Z|UTC|GMT|UT|JST|KST|[+-]\d{2}:?\d{2}|[+-]\d{1,2}))?`;
/** `2025-10-08`, `2025/10/8 9:05`, `2025-10-08 09:00:00 +0900`, `2025-10-08T09:00:00Z`. */
const NUMERIC = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}${ZONE}$`, "iu");
/** `Oct 8, 2025 9:05`, `October 8 2025`. */
const MONTH_FIRST = new RegExp(String.raw`^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}${ZONE}$`, "iu");
/** `8 Oct 2025`, `8 October 2025 09:00 +0900`. */
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})${TIME}${ZONE}$`, "iu");

/** Minutes east of UTC of an IANA zone at an instant; null for a zone name the runtime does not know. */
export function zoneOffsetMinutes(timeZone: string, at: Date): number | null {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(at)
      .find((part) => part.type === "timeZoneName")?.value;
  } catch {
    return null;
  }
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/u.exec(name ?? "");
  if (!match) return null;
  if (match[1] === undefined) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

function zoneMinutes(token: string | undefined): number | null | undefined {
  if (token === undefined) return undefined;
  const named = NAMED_ZONES[token.toLowerCase()];
  if (named !== undefined) return named;
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/u.exec(token);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function fromWallClock(wall: WallClock, zone: number | undefined, timeZone: string): ZonedTime | null {
  const { year, month, day, hour, minute, second, millisecond } = wall;
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millisecond);
  if (zone !== undefined) return { date: new Date(asUtc - zone * 60_000), offsetMinutes: zone };
  // The zone's offset at that wall clock time: guessed from UTC, then checked once (enough outside
  // the hour a daylight-saving change skips).
  const first = zoneOffsetMinutes(timeZone, new Date(asUtc)) ?? 0;
  const offset = zoneOffsetMinutes(timeZone, new Date(asUtc - first * 60_000)) ?? first;
  return { date: new Date(asUtc - offset * 60_000), offsetMinutes: offset };
}

/**
 * A front matter date the way Jekyll took it, or null where Jekyll would have stopped the build.
 * A time written without an offset is in `timeZone` (Jekyll: `_config.yml`'s `timezone`).
 */
export function parseJekyllDate(value: unknown, timeZone: string): ZonedTime | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { date: value, offsetMinutes: zoneOffsetMinutes(timeZone, value) ?? 0 };
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  let parts: { year: string; month: number; day: string; rest: (string | undefined)[] } | null = null;
  const numeric = NUMERIC.exec(text);
  const monthFirst = MONTH_FIRST.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  if (numeric) parts = { year: numeric[1] ?? "", month: Number(numeric[2]), day: numeric[3] ?? "", rest: numeric.slice(4) };
  else if (monthFirst) parts = { year: monthFirst[3] ?? "", month: MONTHS.indexOf((monthFirst[1] ?? "").toLowerCase()) + 1, day: monthFirst[2] ?? "", rest: monthFirst.slice(4) };
  else if (dayFirst) parts = { year: dayFirst[3] ?? "", month: MONTHS.indexOf((dayFirst[2] ?? "").toLowerCase()) + 1, day: dayFirst[1] ?? "", rest: dayFirst.slice(4) };
  if (!parts) return null;
  const [hour, minute, second, fraction, zoneToken] = parts.rest;
  const zone = zoneMinutes(zoneToken);
  if (zone === null) return null;
  return fromWallClock(
    {
      year: Number(parts.year),
      month: parts.month,
      day: Number(parts.day),
      hour: Number(hour ?? 0),
      minute: Number(minute ?? 0),
      second: Number(second ?? 0),
      millisecond: Number((fraction ?? "").slice(0, 3).padEnd(3, "0")),
    },
    zone,
    timeZone,
  );
}

/** The time shown in another zone, as Jekyll's `localtime` does with every post date. */
export function inZone(time: ZonedTime, timeZone: string): ZonedTime {
  return { date: time.date, offsetMinutes: zoneOffsetMinutes(timeZone, time.date) ?? time.offsetMinutes };
}

/** Calendar fields of the time as shown in its own offset. */
export function wallClock(time: ZonedTime): WallClock & { weekday: number } {
  const shifted = new Date(time.date.getTime() + time.offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
  };
}

const two = (value: number) => String(value).padStart(2, "0");

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${two(Math.floor(absolute / 60))}${separator}${two(absolute % 60)}`;
}

/** `2025-10-08T09:00:00+09:00`: what this site's front matter keeps. */
export function isoWithOffset(time: ZonedTime): string {
  const wall = wallClock(time);
  return `${wall.year}-${two(wall.month)}-${two(wall.day)}T${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}${offsetText(time.offsetMinutes, ":")}`;
}

/** `2025-10-08 09:00:00 +0900`: how Jekyll prints a Time, so `{{ page.date }}` reads as it did. */
export function rubyTimeText(time: ZonedTime): string {
  const wall = wallClock(time);
  return `${wall.year}-${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)} ${offsetText(time.offsetMinutes, "")}`;
}
