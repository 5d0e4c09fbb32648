import { getImageProps } from "next/image";
import Link from "next/link";
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { Phrases } from "@/components/common/Phrases";

/** Plain-text headings wrap at phrase boundaries; headings with markup inside render as they are. */
function headingText(children: ReactNode): ReactNode {
  return typeof children === "string" ? <Phrases text={children} /> : children;
}

// Props pass through untouched: the pipeline sets ids and classes (the 脚注 label's) on headings.
function H2({ children, ...rest }: ComponentPropsWithoutRef<"h2">) {
  return <h2 {...rest}>{headingText(children)}</h2>;
}

function H3({ children, ...rest }: ComponentPropsWithoutRef<"h3">) {
  return <h3 {...rest}>{headingText(children)}</h3>;
}

function isInternal(href: string): boolean {
  return href.startsWith("/") && !href.startsWith("//");
}

function MdxLink({ href = "", children, ...rest }: ComponentPropsWithoutRef<"a">) {
  if (isInternal(href)) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  // Only a web address opens a new tab: an in-page or mail link does not, and neither does a link
  // whose address the sanitiser removed, which would otherwise open a copy of this page.
  if (!/^https?:\/\//i.test(href)) {
    return (
      <a href={href || undefined} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <a href={href} {...rest} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="sr-only">（新しいタブで開きます）</span>
    </a>
  );
}

/** The article column is at most about 42rem wide; phones use the whole width. */
const BODY_IMAGE_SIZES = "(min-width: 1024px) 42rem, 100vw";

/** Width and height as the compile step stamped them (see lib/content/mdx-image-sizes.ts). */
function stampedSize(width: unknown, height: unknown): { width: number; height: number } | null {
  const w = Number(width);
  const h = Number(height);
  return w > 0 && h > 0 ? { width: w, height: h } : null;
}

/**
 * Images under public/ arrive with their size, read from the file at compile time: they go
 * through next/image's props so the page keeps their space before they load (no layout shift)
 * and phones get a smaller copy. Remote images have no size: they stay plain, lazy <img> elements.
 */
function MdxImage({ alt = "", src, width, height, ...rest }: ComponentPropsWithoutRef<"img">) {
  const size = stampedSize(width, height);
  if (typeof src === "string" && size) {
    // getImageProps rather than <Image>: the same srcset, sizes and optimizer URLs on a plain
    // server-rendered <img>; nothing about a body image needs the client component.
    const { props } = getImageProps({
      src,
      alt,
      ...size,
      sizes: BODY_IMAGE_SIZES,
      unoptimized: /\.svg(?:[?#]|$)/i.test(src),
    });
    return <img {...props} alt={alt} title={rest.title} className="h-auto max-w-full" />;
  }
  return <img alt={alt} src={src} loading="lazy" decoding="async" {...rest} />;
}

function MdxTable(props: ComponentPropsWithoutRef<"table">) {
  return (
    <div className="overflow-x-auto">
      <table {...props} />
    </div>
  );
}

/** `<Note>…</Note>` in MDX: a boxed aside for supplementary remarks. */
function Note({ children }: { children?: React.ReactNode }) {
  return (
    <aside className="not-prose my-6 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-[0.95rem] leading-relaxed text-slate-800 dark:bg-amber-950 dark:text-amber-50">
      <p className="mb-1 text-xs font-bold text-amber-800 dark:text-amber-200">注記</p>
      <div>{children}</div>
    </aside>
  );
}

export const mdxComponents = {
  h2: H2,
  h3: H3,
  a: MdxLink,
  img: MdxImage,
  table: MdxTable,
  Note,
};
