import { getImageProps } from "next/image";
import type { ArticleImage } from "@/lib/content/types";

/** The article column is at most about 42rem wide; phones use the whole width. */
const HERO_SIZES = "(min-width: 1024px) 42rem, 100vw";

/**
 * The article's picture under its title. It is usually the largest paint, so it loads first;
 * its box is sized before it loads (the file's own proportions, or 16:9 for a remote picture).
 */
export function ArticleHero({ image }: { image: ArticleImage }) {
  const known = image.width !== null && image.height !== null;
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    sizes: HERO_SIZES,
    loading: "eager",
    fetchPriority: "high",
    unoptimized: /\.svg(?:[?#]|$)/i.test(image.src),
    ...(known ? { width: image.width!, height: image.height! } : { fill: true }),
  });
  return (
    <figure className="mb-8">
      {known ? (
        <img {...props} alt={image.alt} className="h-auto w-full rounded-lg" />
      ) : (
        <div className="relative aspect-video overflow-hidden rounded-lg bg-slate-200 dark:bg-slate-800">
          <img {...props} alt={image.alt} className="object-cover" />
        </div>
      )}
      {image.caption ? <figcaption className="muted mt-2 text-xs">写真: {image.caption}</figcaption> : null}
    </figure>
  );
}
