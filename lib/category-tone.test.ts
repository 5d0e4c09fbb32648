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
  const listed = ["AI", "Web3", "投資分析"].map((name, order) => ({ name, order }));

  test("listed categories get distinct colours by their place", () => {
    const tones = listed.map((category) => categoryTone(category));
    assert.equal(new Set(tones).size, listed.length);
  });

  test("an unlisted category gets a colour of its name, in any width or case; no category the neutral one", () => {
    assert.equal(categoryTone({ name: "社会実装", order: null }), categoryTone({ name: "社会実装", order: null }));
    assert.equal(categoryTone({ name: "ａｉ", order: null }), categoryTone({ name: "AI", order: null }));
    assert.ok(!listed.map(categoryTone).includes(categoryTone(null)));
  });

  test("white text is readable on every colour (AA, 4.5:1)", () => {
    for (const tone of CATEGORY_TONES) assert.ok(contrastWithWhite(tone) >= 4.5, `${tone}: ${contrastWithWhite(tone).toFixed(2)}`);
  });
});
