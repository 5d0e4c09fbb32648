import { describe, mock, test } from "node:test";
import assert from "node:assert/strict";
import { createSiteLinks, type SiteLinksSettings } from "./site-links";
import { tempFiles } from "../testing/temp-files";
import fs from "node:fs";
import path from "node:path";

function links(overrides: Partial<SiteLinksSettings> = {}) {
  const root = tempFiles({
    "about.md": "---\ntitle: About\n---\n",
    "docs/index.md": "---\ntitle: Docs\n---\n",
    "assets/a.png": "png",
    "_includes/box.html": "<div>{{ include.x }}</div>\r\n",
    "secret.txt": "secret",
  });
  fs.symlinkSync(path.join(root, "secret.txt"), path.join(root, "_includes", "linked.html"));
  return createSiteLinks({
    realRoot: fs.realpathSync(root),
    posts: [{ relativePath: "_posts/2025/2025-10-08-hello.md", slug: "hello" }, { relativePath: "_posts/2025-09-01-日本語.md", slug: "日本語" }],
    oldSiteUrl: "https://old.example.jp",
    baseurl: "/blog",
    permalinkTemplate: "/:categories/:year/:month/:day/:title/",
    timeZone: "Asia/Tokyo",
    ...overrides,
  });
}

describe("createSiteLinks", () => {
  test("posts by name (with or without their folder) and by _posts path", () => {
    const site = links();
    assert.equal(site.postUrl("2025-10-08-hello").href, "/articles/hello");
    assert.equal(site.postUrl("2025/2025-10-08-hello").href, "/articles/hello");
    assert.equal(site.link("_posts/2025/2025-10-08-hello.md").href, "/articles/hello");
    assert.equal(site.link("_posts/2025-09-01-日本語.md").href, `/articles/${encodeURIComponent("日本語")}`);
  });

  test("a post that is not imported: its likely old address, or a guess when the site's url is unknown", () => {
    assert.deepEqual(
      { ...links().postUrl("2019-01-02-old"), message: "" },
      { href: "https://old.example.jp/blog/2019/01/02/old/", kind: "unconverted", message: "" },
    );
    assert.equal(links({ oldSiteUrl: "" }).postUrl("2019-01-02-old").href, "/articles/old");
  });

  test("pages go to the old site (pretty or .html as the permalink style says), images to their path", () => {
    assert.deepEqual([links().link("about.md").href, links().link("about.md").kind], ["https://old.example.jp/blog/about/", "changed"]);
    assert.equal(links().link("docs/index.md").href, "https://old.example.jp/blog/docs/");
    assert.equal(links({ permalinkTemplate: "/:year/:title:output_ext" }).link("about.md").href, "https://old.example.jp/blog/about.html");
    assert.deepEqual([links().link("assets/a.png").href, links().link("assets/a.png").kind], ["/assets/a.png", "changed"]);
    assert.equal(links().link("nowhere.md").kind, "unconverted");
    assert.equal(links({ oldSiteUrl: "" }).link("about.md").kind, "unconverted");
    assert.equal(links().link("../outside.md").kind, "unconverted");
  });

  test("includes are read inside _includes only, never through a link", () => {
    const site = links();
    assert.deepEqual(site.include("box.html"), { text: "<div>{{ include.x }}</div>\n" });
    assert.match(JSON.stringify(site.include("../secret.txt")), /_includes の外か隠しファイル/u);
    assert.match(JSON.stringify(site.include(".env")), /_includes の外か隠しファイル/u);
    assert.match(JSON.stringify(site.include("linked.html")), /シンボリックリンク/u);
    assert.match(JSON.stringify(site.include("none.html")), /がありません/u);
  });

  test("an include used by many posts is read from the disk once", () => {
    const site = links();
    const reads = mock.method(fs, "readFileSync");
    try {
      for (let post = 0; post < 5; post++) assert.deepEqual(site.include("box.html"), { text: "<div>{{ include.x }}</div>\n" });
      assert.equal(reads.mock.callCount(), 1);
    } finally {
      reads.mock.restore();
    }
  });
});
