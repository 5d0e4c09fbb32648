import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { shareTargets } from "./share";

const JAPANESE_URL = "https://example.com/articles/%E7%94%9F%E6%88%90ai%E3%81%AE%E6%9C%AA%E6%9D%A5";
const RAW_JAPANESE_URL = "https://example.com/articles/生成aiの未来";
const TRICKY_TITLE = "C# & Rust #入門？ 100%「速い」 a=b";

/** The query parameter `name` of an href, decoded once, the way the share service reads it. */
function param(href: string, name: string): string | null {
  return new URL(href).searchParams.get(name);
}

describe("shareTargets", () => {
  test("X, Facebook, はてなブックマーク and LINE, in that order", () => {
    assert.deepEqual(
      shareTargets(JAPANESE_URL, "生成AIの未来").map((target) => [target.id, target.label]),
      [
        ["x", "X"],
        ["facebook", "Facebook"],
        ["hatena", "はてなブックマーク"],
        ["line", "LINE"],
      ],
    );
  });

  for (const [name, url, title] of [
    ["a percent-encoded Japanese slug URL", JAPANESE_URL, "生成AIの未来"],
    ["a raw Japanese slug URL", RAW_JAPANESE_URL, "生成AIの未来"],
    ["a title with # and &", JAPANESE_URL, TRICKY_TITLE],
    ["a URL with a query and fragment", "https://example.com/a?x=1&y=2#見出し", TRICKY_TITLE],
  ] as const) {
    describe(name, () => {
      const targets = shareTargets(url, title);

      test("every href starts with https:// and is a valid URL", () => {
        for (const target of targets) {
          assert.ok(target.href.startsWith("https://"), target.href);
          assert.doesNotThrow(() => new URL(target.href));
        }
      });

      test("every href contains the percent-encoded URL, which decodes back to the URL", () => {
        const encoded = encodeURIComponent(url);
        for (const target of targets) {
          assert.ok(target.href.includes(encoded), `${target.id}: ${target.href}`);
          const key = target.id === "facebook" ? "u" : "url";
          assert.equal(param(target.href, key), url, target.id);
        }
      });

      test("the title is encoded where the service takes one, and decodes back", () => {
        const encoded = encodeURIComponent(title);
        const titleParam = { x: "text", facebook: null, hatena: "title", line: "text" } as const;
        for (const target of targets) {
          const key = titleParam[target.id];
          if (key === null) {
            assert.ok(!target.href.includes(encoded), `${target.id} takes no title`);
            continue;
          }
          assert.ok(target.href.includes(`${key}=${encoded}`), `${target.id}: ${target.href}`);
          assert.equal(param(target.href, key), title, target.id);
        }
      });

      test("no raw #, space or non-ASCII character leaks into an href", () => {
        for (const target of targets) assert.doesNotMatch(target.href, /[#\s]|[^\x00-\x7f]/, target.href);
      });
    });
  }
});
