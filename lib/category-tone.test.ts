import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CATEGORY_TONES, categoryTone } from "./category-tone";

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe("categoryTone", () => {
  const order = ["AI", "Web3", "投資分析"];

  test("configured categories get distinct colours by their place, in any width or case", () => {
    const tones = order.map((name) => categoryTone(name, order));
    assert.equal(new Set(tones).size, order.length);
    assert.equal(categoryTone("ａｉ", order), categoryTone("AI", order));
  });

  test("an unknown category always gets the same colour; no category gets the neutral one", () => {
    assert.equal(categoryTone("社会実装", order), categoryTone("社会実装", []));
    assert.notEqual(categoryTone(null, order), categoryTone("AI", order));
  });

  test("white text is readable on every colour (AA, 4.5:1)", () => {
    for (const tone of CATEGORY_TONES) assert.ok(contrastWithWhite(tone) >= 4.5, `${tone}: ${contrastWithWhite(tone).toFixed(2)}`);
  });
});
