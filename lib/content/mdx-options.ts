// The one MDX/Markdown pipeline: the content check and the renderer compile with the same options.
import type { CompileOptions } from "@mdx-js/mdx";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import { remarkArticleHeadings, type TocEntry } from "./headings";
import { rehypeNoteParagraphs } from "./mdx-notes";
import { rehypeStripUnsafe } from "./mdx-sanitize";

export type BodyFormat = "md" | "mdx";

/** `toc`, when given, receives the 目次 entries during the same compile (no second parse). */
export function mdxCompileOptions(
  format: BodyFormat,
  toc?: TocEntry[],
): Pick<CompileOptions, "format" | "remarkPlugins" | "rehypePlugins" | "remarkRehypeOptions"> {
  return {
    format,
    remarkPlugins: [remarkGfm, [remarkArticleHeadings, { collect: toc }]],
    remarkRehypeOptions: {
      footnoteLabel: "脚注",
      footnoteLabelTagName: "h2",
      footnoteLabelProperties: { className: ["footnotes-title"] },
      footnoteBackLabel: (referenceIndex) => `本文の参照 ${referenceIndex + 1} に戻る`,
      clobberPrefix: "fn-",
    },
    // Jekyll posts rely on raw HTML (<br>, <sup>, comments): parse it, then strip what could run.
    rehypePlugins: [...(format === "md" ? [rehypeRaw] : []), rehypeStripUnsafe, rehypeNoteParagraphs],
  };
}
