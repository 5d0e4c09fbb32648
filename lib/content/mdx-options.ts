// The one MDX/Markdown pipeline: the content check and the renderer compile with the same options.
import type { CompileOptions } from "@mdx-js/mdx";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import { remarkArticleHeadings } from "./headings";
import { rehypeLocalImageSizes } from "./mdx-image-sizes";
import { rehypeNoteParagraphs } from "./mdx-notes";
import { rehypeContentAnchors, rehypeJsxAsHtml, rehypeSanitizeArticle, remarkKnownComponents } from "./mdx-sanitize";
import type { BodyFormat, TocEntry } from "./types";

/** `toc`, when given, receives the 目次 entries during the same compile (no second parse). */
export function mdxCompileOptions(
  format: BodyFormat,
  toc?: TocEntry[],
): Pick<CompileOptions, "format" | "remarkPlugins" | "rehypePlugins" | "remarkRehypeOptions"> {
  return {
    format,
    remarkPlugins: [
      remarkGfm,
      [remarkArticleHeadings, { collect: toc }],
      ...(format === "mdx" ? [remarkKnownComponents] : []),
    ],
    remarkRehypeOptions: {
      footnoteLabel: "脚注",
      footnoteLabelTagName: "h2",
      footnoteLabelProperties: { className: ["footnotes-title"] },
      footnoteBackLabel: (referenceIndex) => `本文の参照 ${referenceIndex + 1} に戻る`,
      // The sanitiser prefixes every id from content (footnotes' too): user-content-fn-1.
      clobberPrefix: "",
    },
    // Jekyll posts rely on raw HTML (<br>, <sup>): parse it (or read JSX as the HTML it stands
    // for), keep only what the allowlist names, then add the site's own classes
    // and the sizes of local images.
    rehypePlugins: [
      format === "md" ? rehypeRaw : rehypeJsxAsHtml,
      rehypeSanitizeArticle,
      rehypeContentAnchors,
      rehypeNoteParagraphs,
      rehypeLocalImageSizes,
    ],
  };
}
