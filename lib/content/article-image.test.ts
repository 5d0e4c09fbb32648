import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { frontMatterImage, imageLine } from "./article-image";
import { splitFrontMatter } from "./front-matter";
import { articleFrontMatterSchema } from "./schema";

function imageOf(yaml: string) {
  const split = splitFrontMatter(`---\ntitle: 記事\ndate: 2025-10-08\n${yaml}\n---\n本文\n`);
  if (!split.ok) assert.fail(split.message);
  const result = articleFrontMatterSchema.safeParse(split.file.data);
  if (!result.success) assert.fail(JSON.stringify(result.error.issues));
  const image = frontMatterImage(result.data);
  return image && { ...image, line: imageLine(image, split.file.keyLines) };
}

/** The issues as `field: message`. */
function issues(data: Record<string, unknown>): string[] {
  const result = articleFrontMatterSchema.safeParse({ title: "記事", date: "2025-10-08", ...data });
  if (result.success) assert.fail(`expected ${JSON.stringify(data)} to be rejected`);
  return result.error.issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
}

describe("frontMatterImage", () => {
  test("none without an image", () => {
    assert.equal(imageOf("tags: [AI]"), null);
    assert.equal(imageOf("image:\nheader:\n  overlay_color: '#333'"), null);
  });

  test("image with image_alt and image_caption", () => {
    assert.deepEqual(imageOf("image: /images/cover.png\nimage_alt: 会場の様子\nimage_caption: 筆者撮影"), {
      src: "/images/cover.png",
      alt: "会場の様子",
      caption: "筆者撮影",
      field: "image",
      line: 4,
    });
    assert.deepEqual(imageOf("image: https://images.example.com/a.jpg"), {
      src: "https://images.example.com/a.jpg",
      alt: "",
      caption: null,
      field: "image",
      line: 4,
    });
  });

  test("jekyll-seo-tag's image map, with path, url or src; its alt before image_alt", () => {
    assert.deepEqual(imageOf("image:\n  path: /images/a.png\n  alt: 図\n  height: 630\nimage_alt: 使われない"), {
      src: "/images/a.png",
      alt: "図",
      caption: null,
      field: "image.path",
      line: 5,
    });
    assert.equal(imageOf("image:\n  url: /images/b.png")?.field, "image.url");
    assert.deepEqual(imageOf("image:\n  src: /images/c.png\n  caption: \"提供: 例社\"\nimage_alt: 代替"), {
      src: "/images/c.png",
      alt: "代替",
      caption: "提供: 例社",
      field: "image.src",
      line: 5,
    });
  });

  test("feature_image, thumbnail and minimal-mistakes' header, the full-size image first", () => {
    assert.equal(imageOf("feature_image: /images/f.png")?.src, "/images/f.png");
    assert.equal(imageOf("thumbnail: /images/t.png")?.src, "/images/t.png");
    assert.deepEqual(
      imageOf("header:\n  teaser: /images/teaser.png\n  image: /images/header.png\n  image_description: 東京の夜景\n  caption: \"Photo: Unsplash\""),
      { src: "/images/header.png", alt: "東京の夜景", caption: "Photo: Unsplash", field: "header.image", line: 6 },
    );
    assert.equal(imageOf("header:\n  overlay_image: /images/o.png")?.field, "header.overlay_image");
    assert.equal(imageOf("header:\n  og_image: /images/og.png")?.field, "header.og_image");
    assert.equal(imageOf("header:\n  teaser: /images/teaser.png")?.field, "header.teaser");
    assert.equal(imageOf("thumbnail: /images/t.png\nimage: /images/i.png")?.src, "/images/i.png");
    assert.equal(imageOf("thumbnail: /images/t.png\nheader:\n  teaser: /images/teaser.png")?.src, "/images/t.png");
  });

  test("a header that is not a map belongs to some other theme and is ignored", () => {
    assert.equal(imageOf("header: false"), null);
    assert.equal(imageOf("header: ロゴ"), null);
  });
});

describe("image fields in the schema", () => {
  test("http images, relative paths, other schemes and non-strings are refused on their field", () => {
    assert.deepEqual(issues({ image: "http://images.example.com/a.png" }), [
      'image: 画像は https の URL にしてください（"http://images.example.com/a.png" は http です）',
    ]);
    assert.deepEqual(issues({ image: { path: "images/a.png" } }), [
      "image.path: 画像「images/a.png」は相対パスです。public/ に置き、「/images/…」のように / から書いてください",
    ]);
    assert.deepEqual(issues({ header: { image: "//cdn.example.com/a.png" } }), [
      'header.image: "//cdn.example.com/a.png" にはスキームがありません。https:// から書いてください',
    ]);
    assert.match(issues({ feature_image: "data:image/png;base64,AAAA" })[0] ?? "", /^feature_image: 画像は public\/ の中のパス/u);
    assert.match(issues({ thumbnail: ["/a.png"] })[0] ?? "", /^thumbnail: 画像は「\/images\/cover\.png」のような/u);
    assert.match(issues({ image: 5 })[0] ?? "", /^image: 画像は/u);
  });
});
