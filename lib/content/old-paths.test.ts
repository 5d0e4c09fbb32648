import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { oldPathKey, oldPathProblem, oldPathSegments } from "./old-paths";

describe("oldPathKey", () => {
  test("a pretty URL, its index.html, without the slash, encoded or not, in NFD: one address", () => {
    const variants = ["/2025/10/08/生成AI/", "/2025/10/08/生成AI/index.html", "/2025/10/08/生成AI", `/2025/10/08/${encodeURIComponent("生成AI")}/`, "2025/10/08/生成AI/".normalize("NFD")];
    assert.deepEqual(new Set(variants.map(oldPathKey)), new Set(["/2025/10/08/生成AI"]));
  });

  test("an .html address keeps its extension; case matters, as on the old server", () => {
    assert.equal(oldPathKey("/blog/post.html"), "/blog/post.html");
    assert.notEqual(oldPathKey("/Blog/Post"), oldPathKey("/blog/post"));
  });
});

describe("oldPathSegments", () => {
  test("a pretty URL is requested as itself and as its index.html; a file as itself", () => {
    assert.deepEqual(oldPathSegments("/ai/2025/10/08/post/"), [["ai", "2025", "10", "08", "post"], ["ai", "2025", "10", "08", "post", "index.html"]]);
    assert.deepEqual(oldPathSegments("/2025/10/08/post.html"), [["2025", "10", "08", "post.html"]]);
  });
});

describe("oldPathProblem", () => {
  test("site paths from the old site are fine", () => {
    for (const ok of ["/2025/10/08/post/", "blog/post.html", "/ai/生成AI/"]) assert.equal(oldPathProblem(ok), null, ok);
  });

  test("URLs, the front page, dot segments, queries and this site's own pages are refused", () => {
    for (const bad of ["https://old.example.com/post/", "//old.example.com/post", "/", "/a/../b", "/post?id=1", "/post#top", "/articles/foo", "/tags/AI/", "/feed.xml"]) {
      assert.ok(oldPathProblem(bad), bad);
    }
  });

  test("every first segment the app serves is refused (the list follows app/)", () => {
    const served = fs
      .readdirSync(new URL("../../app", import.meta.url), { withFileTypes: true })
      // Metadata files are served under their output's name (robots.ts → /robots.txt).
      .map((entry) => entry.name.replace(/^robots\.ts$/u, "robots.txt").replace(/^sitemap\.ts$/u, "sitemap.xml").replace(/\.(tsx?|js)$/u, ""))
      .filter((name) => !/^[_[(]/u.test(name) && !["layout", "page", "not-found", "globals.css"].includes(name));
    assert.ok(served.length > 8);
    for (const name of served) assert.ok(oldPathProblem(`/${name}/x`), `${name} is served by the app`);
  });
});
