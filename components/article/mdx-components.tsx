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
  if (href.startsWith("#")) {
    return (
      <a href={href} {...rest}>
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

function MdxImage({ alt = "", ...rest }: ComponentPropsWithoutRef<"img">) {
  // Editors link images of unknown size, so next/image (which needs sizes) cannot take them as they are.
  return <img alt={alt} loading="lazy" decoding="async" {...rest} />;
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
