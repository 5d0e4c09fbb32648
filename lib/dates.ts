// Parsing editors' dates and showing them the Japanese way, always in JST.

const JST_OFFSET_MINUTES = 9 * 60;
const DAY_MS = 24 * 60 * 60 * 1000;

const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export type ParsedDate = { ok: true; date: Date; hasTime: boolean } | { ok: false; reason: string };

function parseOffsetMinutes(token: string | undefined): number | null {
  if (!token) return JST_OFFSET_MINUTES; // no offset written: the editor means Japan time
  if (token.toUpperCase() === "Z") return 0;
  const sign = token.startsWith("-") ? -1 : 1;
  const digits = token.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4));
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}

/**
 * Accepts ISO 8601 (with or without time and offset), Jekyll's `2025-10-08 02:01:53 +0000`,
 * and Date objects from YAML parsers that resolve timestamps. A value without an offset is JST.
 */
export function parseContentDate(value: unknown): ParsedDate {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { ok: false, reason: "日付として読めません" }
      : { ok: true, date: value, hasTime: true };
  }
  if (typeof value !== "string") {
    return { ok: false, reason: "日付は 2025-10-08 や 2025-10-08T09:00:00+09:00 の形式で書いてください" };
  }
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) {
    return {
      ok: false,
      reason: `"${value}" は日付として読めません（例: 2025-10-08、2025-10-08T09:00:00+09:00、2025-10-08 02:01:53 +0000）`,
    };
  }
  const [, y, mo, d, h, mi, s, frac, offsetToken] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = h === undefined ? 0 : Number(h);
  const minute = mi === undefined ? 0 : Number(mi);
  const second = s === undefined ? 0 : Number(s);
  const millis = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, "0"));
  const offset = parseOffsetMinutes(offsetToken);

  const calendar = new Date(Date.UTC(year, month - 1, day));
  const isRealDay =
    calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
  if (!isRealDay || month < 1 || month > 12) {
    return { ok: false, reason: `"${value}" は存在しない日付です` };
  }
  if (hour > 23 || minute > 59 || second > 59 || offset === null) {
    return { ok: false, reason: `"${value}" は存在しない時刻です` };
  }
  const utcMs = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
  return { ok: true, date: new Date(utcMs), hasTime: h !== undefined };
}

const japaneseDate = new Intl.DateTimeFormat("ja-JP", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "long",
  day: "numeric",
});

/** 2025年10月8日 */
export function formatJapaneseDate(date: Date): string {
  return japaneseDate.format(date);
}

/** ISO 8601 in JST with its offset, e.g. 2025-10-08T11:01:53+09:00, for <time datetime> and feeds. */
export function toJstIsoString(date: Date): string {
  const shifted = new Date(date.getTime() + JST_OFFSET_MINUTES * 60_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, "+09:00");
}

/** The last instant of the JST calendar day that `date` falls on. */
export function endOfJstDay(date: Date): Date {
  const jstMs = date.getTime() + JST_OFFSET_MINUTES * 60_000;
  const startOfDayJst = Math.floor(jstMs / DAY_MS) * DAY_MS;
  return new Date(startOfDayJst + DAY_MS - 1 - JST_OFFSET_MINUTES * 60_000);
}
