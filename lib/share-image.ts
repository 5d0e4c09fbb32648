// The image an article is shared with (og:image, twitter:image, JSON-LD `image`): its own image
// when it has one, else the card drawn for it.
import type { Article } from "./content/types";
import { absoluteUrl } from "./urls";

/** An image as share metadata names it; the size and alt only when known. */
export interface ShareImage {
  /** Absolute and percent-encoded. */
  url: string;
  width?: number;
  height?: number;
  alt?: string;
}

/** The card drawn for an article (app/articles/[slug]/opengraph-image.tsx), by the article's path. */
export function generatedCardPath(articlePath: string): string {
  return `${articlePath}/opengraph-image`;
}

/** Where a crawler fetches an article image: remote URLs as written, local paths on the site's URL. */
function imageUrl(src: string): string {
  if (/^https:\/\//iu.test(src)) return new URL(src).href;
  // Encodes a raw name (/images/図 1.png) and leaves an encoded one (%E5%9B%B3) as it is.
  const local = new URL(src, "https://site.invalid");
  return absoluteUrl(`${local.pathname}${local.search}`);
}

/** The article's own image as shared, or null when the generated card stands for it. */
export function articleShareImage(article: Pick<Article, "image">): ShareImage | null {
  const image = article.image;
  if (!image) return null;
  return {
    url: imageUrl(image.src),
    ...(image.width !== null && image.height !== null ? { width: image.width, height: image.height } : {}),
    ...(image.alt ? { alt: image.alt } : {}),
  };
}

/** The absolute URL of the image an article is shared with: its own, else its card (for JSON-LD). */
export function articleShareImageUrl(article: Pick<Article, "image" | "path">): string {
  return articleShareImage(article)?.url ?? absoluteUrl(generatedCardPath(article.path));
}

/**
 * The image parts of an article's metadata, to spread into `openGraph` and `twitter`. Without an
 * image of its own, `openGraph` gets no `images` key at all: Next.js adds the generated card
 * (with its size, type and alt) only while the page's metadata has none, not even `undefined`.
 */
export function articleImageMetadata(article: Pick<Article, "image" | "path">): {
  openGraph: { images?: ShareImage[] };
  twitter: { images: (ShareImage | string)[] };
} {
  const own = articleShareImage(article);
  if (!own) return { openGraph: {}, twitter: { images: [generatedCardPath(article.path)] } };
  return { openGraph: { images: [own] }, twitter: { images: [own] } };
}
