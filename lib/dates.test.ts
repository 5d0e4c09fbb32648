import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { endOfJstDay, formatJapaneseDate, parseContentDate, toJstIsoString, type ParsedDate } from "./dates";

function okDate(parsed: ParsedDate): { date: Date; hasTime: boolean } {
  if (!parsed.ok) assert.fail(`expected a date, got: ${parsed.reason}`);
  return parsed;
}

function failReason(parsed: ParsedDate): string {
  if (parsed.ok) assert.fail(`expected a failure, got ${parsed.date.toISOString()}`);
  return parsed.reason;
}

/** Japanese reasons: at least one hiragana/katakana/kanji character. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

describe("parseContentDate: accepted forms", () => {
  test("a bare date means midnight in Japan (JST), not UTC", () => {
    const parsed = okDate(parseContentDate("2025-10-08"));
    assert.equal(parsed.date.toISOString(), "2025-10-07T15:00:00.000Z");
    assert.equal(parsed.hasTime, false);
  });

  test("ISO 8601 with a +09:00 offset", () => {
    const parsed = okDate(parseContentDate("2025-10-08T09:30:00+09:00"));
    assert.equal(parsed.date.toISOString(), "2025-10-08T00:30:00.000Z");
    assert.equal(parsed.hasTime, true);
  });

  test("ISO 8601 in UTC (Z)", () => {
    const parsed = okDate(parseContentDate("2025-10-08T00:30:00Z"));
    assert.equal(parsed.date.toISOString(), "2025-10-08T00:30:00.000Z");
  });

  test("Jekyll's `2025-10-08 02:01:53 +0000`", () => {
    const parsed = okDate(parseContentDate("2025-10-08 02:01:53 +0000"));
    assert.equal(parsed.date.toISOString(), "2025-10-08T02:01:53.000Z");
    assert.equal(parsed.hasTime, true);
  });

  test("Jekyll-style with a +0900 offset", () => {
    const parsed = okDate(parseContentDate("2026-01-15 10:00:00 +0900"));
    assert.equal(parsed.date.toISOString(), "2026-01-15T01:00:00.000Z");
  });

  test("a time without an offset is read as JST", () => {
    const parsed = okDate(parseContentDate("2025-10-08 09:00"));
    assert.equal(parsed.date.toISOString(), "2025-10-08T00:00:00.000Z");
  });

  test("single-digit month and day, surrounding whitespace", () => {
    const parsed = okDate(parseContentDate("  2025-1-5  "));
    assert.equal(parsed.date.toISOString(), "2025-01-04T15:00:00.000Z");
  });

  test("fractional seconds are kept to the millisecond", () => {
    const parsed = okDate(parseContentDate("2025-10-08T00:30:00.123456Z"));
    assert.equal(parsed.date.toISOString(), "2025-10-08T00:30:00.123Z");
  });

  test("a leap day in a leap year is real", () => {
    const parsed = okDate(parseContentDate("2024-02-29"));
    assert.equal(parsed.date.toISOString(), "2024-02-28T15:00:00.000Z");
  });

  test("a Date object (from a YAML parser that resolves timestamps) is used as is", () => {
    const input = new Date("2025-10-08T02:01:53Z");
    const parsed = okDate(parseContentDate(input));
    assert.equal(parsed.date.getTime(), input.getTime());
  });
});

describe("parseContentDate: rejected input, with a Japanese reason", () => {
  for (const input of ["2025-02-30", "2025-13-01", "2025-00-10", "2023-02-29"]) {
    test(`impossible date ${input}`, () => {
      const reason = failReason(parseContentDate(input));
      assert.match(reason, /存在しない日付/);
      assert.ok(reason.includes(input), "the reason quotes what the editor wrote");
    });
  }

  for (const input of ["2025-10-08 25:00", "2025-10-08T23:60:00", "2025-10-08T10:00:61", "2025-10-08T10:00+15:00"]) {
    test(`impossible time ${input}`, () => {
      assert.match(failReason(parseContentDate(input)), /存在しない時刻/);
    });
  }

  for (const input of ["hello", "", "2025/10/08", "10/08/2025", "2025-10-08 だいたい", "令和7年10月8日", "2025-10-08T"]) {
    test(`garbage string ${JSON.stringify(input)}`, () => {
      const reason = failReason(parseContentDate(input));
      assert.match(reason, JAPANESE);
      assert.match(reason, /日付として読めません/);
    });
  }

  for (const input of [20251008, 0, null, undefined, true, ["2025-10-08"], { year: 2025 }]) {
    test(`non-string value ${JSON.stringify(input)}`, () => {
      const reason = failReason(parseContentDate(input));
      assert.match(reason, JAPANESE);
      assert.match(reason, /2025-10-08/, "the reason shows an example of a valid date");
    });
  }

  test("an invalid Date object", () => {
    assert.match(failReason(parseContentDate(new Date("nope"))), JAPANESE);
  });
});

describe("formatJapaneseDate", () => {
  test("shows 2025年10月8日", () => {
    assert.equal(formatJapaneseDate(new Date("2025-10-08T03:00:00Z")), "2025年10月8日");
  });

  test("uses the JST calendar day, not UTC: 15:30 UTC on the 7th is the 8th in Japan", () => {
    assert.equal(formatJapaneseDate(new Date("2025-10-07T15:30:00Z")), "2025年10月8日");
    assert.equal(formatJapaneseDate(new Date("2025-10-07T14:59:59Z")), "2025年10月7日");
  });

  test("a bare front-matter date shows as that same day", () => {
    const parsed = okDate(parseContentDate("2026-01-01"));
    assert.equal(formatJapaneseDate(parsed.date), "2026年1月1日");
  });
});

describe("toJstIsoString", () => {
  test("writes the JST wall time with +09:00", () => {
    assert.equal(toJstIsoString(new Date("2025-10-08T02:01:53Z")), "2025-10-08T11:01:53+09:00");
  });

  test("crosses the date line into the next JST day", () => {
    assert.equal(toJstIsoString(new Date("2025-10-07T15:00:00Z")), "2025-10-08T00:00:00+09:00");
  });

  test("round-trips through parseContentDate", () => {
    const original = new Date("2025-12-31T20:15:00Z");
    const parsed = okDate(parseContentDate(toJstIsoString(original)));
    assert.equal(parsed.date.getTime(), original.getTime());
  });
});

describe("endOfJstDay", () => {
  test("is 23:59:59.999 JST of the same JST day", () => {
    const end = endOfJstDay(new Date("2025-10-08T03:00:00Z"));
    assert.equal(end.toISOString(), "2025-10-08T14:59:59.999Z");
    assert.equal(toJstIsoString(end), "2025-10-08T23:59:59+09:00");
  });

  test("an instant that is already the next day in Japan ends that JST day", () => {
    // 2025-10-07T16:00Z is 2025-10-08 01:00 JST.
    assert.equal(endOfJstDay(new Date("2025-10-07T16:00:00Z")).toISOString(), "2025-10-08T14:59:59.999Z");
  });

  test("JST midnight belongs to the day it starts", () => {
    assert.equal(endOfJstDay(new Date("2025-10-07T15:00:00Z")).toISOString(), "2025-10-08T14:59:59.999Z");
  });

  test("the last millisecond of a JST day stays in that day", () => {
    const last = new Date("2025-10-08T14:59:59.999Z");
    assert.equal(endOfJstDay(last).getTime(), last.getTime());
  });
});
