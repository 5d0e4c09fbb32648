import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleImage } from "./content/types";
import { articleImageMetadata, articleShareImage, articleShareImageUrl, generatedCardPath } from "./share-image";
import { site } from "./site";

const image = (overrides: Partial<ArticleImage> = {}): ArticleImage => ({
  src: "/images/cover.png",
  alt: "会場の様子",
  caption: null,
  width: 1600,
  height: 900,
  ...overrides,
});
const article = (articleImage: ArticleImage | null) => ({ path: "/articles/genai-funding", image: articleImage });

describe("articleShareImage", () => {
  test("a local image on the site's URL, with its size and alt", () => {
    assert.deepEqual(articleShareImage(article(image())), {
      url: `${site.url}/images/cover.png`,
      width: 1600,
      height: 900,
      alt: "会場の様子",
    });
  });

  test("raw names are encoded, encoded ones kept, a query kept", () => {
    assert.equal(articleShareImage(article(image({ src: "/images/図 1.png?v=2" })))?.url, `${site.url}/images/%E5%9B%B3%201.png?v=2`);
    assert.equal(articleShareImage(article(image({ src: "/images/%E5%9B%B3%201.png" })))?.url, `${site.url}/images/%E5%9B%B3%201.png`);
  });

  test("a remote image as written, without a size it does not know or an empty alt", () => {
    assert.deepEqual(articleShareImage(article(image({ src: "https://images.example.com/a b.jpg", alt: "", width: null, height: null }))), {
      url: "https://images.example.com/a%20b.jpg",
    });
  });

  test("none without an image of its own", () => {
    assert.equal(articleShareImage(article(null)), null);
  });
});

describe("articleShareImageUrl", () => {
  test("the article's image, else its generated card, absolute", () => {
    assert.equal(articleShareImageUrl(article(image())), `${site.url}/images/cover.png`);
    assert.equal(articleShareImageUrl(article(null)), `${site.url}/articles/genai-funding/opengraph-image`);
  });
});

describe("articleImageMetadata", () => {
  test("an article's own image is its og:image and twitter:image", () => {
    const own = { url: `${site.url}/images/cover.png`, width: 1600, height: 900, alt: "会場の様子" };
    assert.deepEqual(articleImageMetadata(article(image())), { openGraph: { images: [own] }, twitter: { images: [own] } });
  });

  test("without one, openGraph has no images key (so the generated card is used) and twitter names the card", () => {
    const metadata = articleImageMetadata(article(null));
    assert.equal("images" in metadata.openGraph, false);
    assert.deepEqual(metadata.twitter, { images: [generatedCardPath("/articles/genai-funding")] });
  });
});
