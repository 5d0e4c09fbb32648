// An article's own image (アイキャッチ) from whichever front matter key holds it: ours, or the
// ones Jekyll themes use (jekyll-seo-tag's `image: { path, alt }`, minimal-mistakes' `header:`).
import type { ArticleFrontMatter } from "./schema";

export interface FrontMatterImage {
  src: string;
  alt: string;
  caption: string | null;
  /** The key the image was read from (`image`, `image.path`, `header.image`, …), for messages. */
  field: string;
}

/** The keys an image may be written under, the article's own image first and thumbnails last. */
function candidates(fm: ArticleFrontMatter): [field: string, src: string | null][] {
  const image = fm.image;
  const own: [string, string | null][] =
    image === null || typeof image === "string"
      ? [["image", image]]
      : [
          ["image.path", image.path],
          ["image.url", image.url],
          ["image.src", image.src],
        ];
  return [
    ...own,
    ["feature_image", fm.feature_image],
    ["header.image", fm.header?.image ?? null],
    ["header.overlay_image", fm.header?.overlay_image ?? null],
    ["header.og_image", fm.header?.og_image ?? null],
    ["thumbnail", fm.thumbnail],
    ["header.teaser", fm.header?.teaser ?? null],
  ];
}

/** The article's image as its front matter gives it, or null when it has none. */
export function frontMatterImage(fm: ArticleFrontMatter): FrontMatterImage | null {
  const found = candidates(fm).find((candidate): candidate is [string, string] => candidate[1] !== null);
  if (!found) return null;
  const map = typeof fm.image === "object" && fm.image !== null ? fm.image : null;
  return {
    src: found[1],
    alt: map?.alt ?? fm.image_alt ?? fm.header?.image_description ?? "",
    caption: map?.caption ?? fm.image_caption ?? fm.header?.caption ?? null,
    field: found[0],
  };
}

/** The file line of the key an image was read from (`header.image`), else of its top key. */
export function imageLine(image: FrontMatterImage, keyLines: ReadonlyMap<string, number>): number | undefined {
  return keyLines.get(image.field) ?? keyLines.get(image.field.split(".")[0] ?? image.field);
}
