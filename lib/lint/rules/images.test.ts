import { describe, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { png } from "../../testing/png";
import { tempFiles } from "../../testing/temp-files";
import { articleFrom, findingsOf, where, withBody } from "../testing";
import { imagesRule } from "./images";

const publicDir = path.join(
  tempFiles({ "public/images/wide.png": png(1200, 630), "public/images/狭い 図.png": png(800, 450) }, "lint-images-"),
  "public",
);
const findings = (frontMatter: string) => findingsOf(imagesRule, articleFrom(withBody("\n本文。\n", frontMatter)), [], { publicDir });

describe("image-alt", () => {
  test("an image without alternative text is a warning on the image's line", () => {
    const found = findings("tags: [AI]\nheader:\n  image: /images/wide.png\n");
    assert.deepEqual(where(found), ["image-alt@6"]);
    assert.equal(found[0]?.severity, "warning");
    assert.equal(found[0]?.message, "アイキャッチ画像（header.image）に代替テキストがありません。image_alt に画像の内容を書いてください");
  });

  test("alt from image_alt, the image map or header.image_description is enough; no image, nothing to say", () => {
    assert.deepEqual(findings("image: /images/wide.png\nimage_alt: 図\n"), []);
    assert.deepEqual(findings("image:\n  path: https://images.example.com/a.png\n  alt: 図\n"), []);
    assert.deepEqual(findings("header:\n  image: /images/wide.png\n  image_description: 図\n"), []);
    assert.deepEqual(findings("tags: [AI]\n"), []);
  });
});

describe("small-image", () => {
  test("a local image narrower than 1200 px is a warning, raw or encoded names", () => {
    for (const src of ["/images/狭い 図.png", "/images/%E7%8B%AD%E3%81%84%20%E5%9B%B3.png"]) {
      const found = findings(`image: ${src}\nimage_alt: 図\n`);
      assert.deepEqual(where(found), ["small-image@4"], src);
      assert.equal(found[0]?.severity, "warning");
      assert.equal(found[0]?.message, `アイキャッチ画像「${src}」は幅 800 px で、共有カードに使うには小さすぎます（幅 1200 px 以上にしてください）`);
    }
  });

  test("1200 px wide is enough; remote and missing images have no known size", () => {
    assert.deepEqual(findings("image: /images/wide.png\nimage_alt: 図\n"), []);
    assert.deepEqual(findings("image: https://images.example.com/a.png\nimage_alt: 図\n"), []);
    assert.deepEqual(findings("image: /images/missing.png\nimage_alt: 図\n"), []);
  });
});
