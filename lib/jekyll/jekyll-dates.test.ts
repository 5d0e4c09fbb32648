import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { inZone, isoWithOffset, parseJekyllDate, rubyTimeText, zoneOffsetMinutes } from "./jekyll-dates";

const iso = (text: string, zone = "Asia/Tokyo") => {
  const parsed = parseJekyllDate(text, zone);
  return parsed ? isoWithOffset(parsed) : null;
};

describe("parseJekyllDate", () => {
  test("what Ruby's Time.parse takes, with the offset as written", () => {
    assert.equal(iso("2025-10-08 09:00:00 +0900"), "2025-10-08T09:00:00+09:00");
    assert.equal(iso("2025-10-08 09:00:00 +0000"), "2025-10-08T09:00:00+00:00");
    assert.equal(iso("2025-10-08T23:30:00Z"), "2025-10-08T23:30:00+00:00");
    assert.equal(iso("2025-10-08T09:00:00-05:00"), "2025-10-08T09:00:00-05:00");
    assert.equal(iso("2025-10-8 9:05"), "2025-10-08T09:05:00+09:00");
    assert.equal(iso("2025/10/08"), "2025-10-08T00:00:00+09:00");
    assert.equal(iso("2025-10-08 10:00 JST"), "2025-10-08T10:00:00+09:00");
    assert.equal(iso("Oct 8, 2025 9:05"), "2025-10-08T09:05:00+09:00");
    assert.equal(iso("8 October 2025"), "2025-10-08T00:00:00+09:00");
  });

  test("a time without an offset is in the site's time zone, daylight saving included", () => {
    assert.equal(iso("2025-07-01 12:00", "America/New_York"), "2025-07-01T12:00:00-04:00");
    assert.equal(iso("2025-01-15 12:00", "America/New_York"), "2025-01-15T12:00:00-05:00");
    assert.equal(iso("2025-07-01 12:00", "UTC"), "2025-07-01T12:00:00+00:00");
  });

  test("what Jekyll would have refused is null", () => {
    for (const text of ["2025-02-30", "2025-13-01", "2025-10-08 25:00", "yesterday", "2025-10-08 09:00 +1900", ""]) {
      assert.equal(parseJekyllDate(text, "Asia/Tokyo"), null, text);
    }
    assert.equal(parseJekyllDate(42, "Asia/Tokyo"), null);
  });

  test("shown in the site's zone the way Jekyll prints a Time", () => {
    const parsed = parseJekyllDate("2025-10-08 23:30:00 +0000", "Asia/Tokyo");
    assert.ok(parsed);
    assert.equal(rubyTimeText(parsed), "2025-10-08 23:30:00 +0000");
    assert.equal(rubyTimeText(inZone(parsed, "Asia/Tokyo")), "2025-10-09 08:30:00 +0900");
  });

  test("zone offsets", () => {
    assert.equal(zoneOffsetMinutes("Asia/Tokyo", new Date()), 540);
    assert.equal(zoneOffsetMinutes("UTC", new Date()), 0);
    assert.equal(zoneOffsetMinutes("Asia/Kolkata", new Date()), 330);
    assert.equal(zoneOffsetMinutes("Not/AZone", new Date()), null);
  });
});
