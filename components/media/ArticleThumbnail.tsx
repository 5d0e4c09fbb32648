import { getImageProps } from "next/image";
import type { ArticleImage, TermRef } from "@/lib/content/types";
import { categoryTone } from "@/lib/category-tone";
import { site } from "@/lib/site";

interface ArticleThumbnailProps {
  image: ArticleImage | null;
  category: TermRef | null;
  /** The `sizes` attribute: how wide the box is at each screen width. */
  sizes: string;
  /** Above the first screen (a top story): load at once and first; every other one waits. */
  eager?: boolean;
  className?: string;
}

/**
 * A picture in a fixed 16:9 box, cropped to fill it, so every card of a grid has the same shape
 * and the page never shifts while pictures load. The card's title names the article, so the
 * picture is decorative here (empty alt). An article without one gets its category's colour and name.
 */
export function ArticleThumbnail({ image, category, sizes, eager = false, className = "" }: ArticleThumbnailProps) {
  return (
    <div className={`relative aspect-video overflow-hidden rounded-md bg-slate-200 dark:bg-slate-800 ${className}`}>
      {image ? (
        <ThumbnailImage image={image} sizes={sizes} eager={eager} />
      ) : (
        <div
          aria-hidden="true"
          className="absolute inset-0 flex flex-col items-center justify-center gap-1 p-2 text-center text-white"
          style={{ backgroundColor: categoryTone(category) }}
        >
          <span className="text-sm font-bold sm:text-base leading-tight">{category?.name ?? site.shortName}</span>
          <span className="text-[0.625rem] tracking-widest">{site.shortName}</span>
        </div>
      )}
    </div>
  );
}

function ThumbnailImage({ image, sizes, eager }: { image: ArticleImage; sizes: string; eager: boolean }) {
  // getImageProps rather than <Image>: the same srcset on a server-rendered <img>, no client code.
  const { props } = getImageProps({
    src: image.src,
    alt: "",
    fill: true,
    sizes,
    loading: eager ? "eager" : "lazy",
    fetchPriority: eager ? "high" : "auto",
    unoptimized: /\.svg(?:[?#]|$)/i.test(image.src),
  });
  return <img {...props} alt="" className="object-cover" />;
}
