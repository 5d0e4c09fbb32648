// The one MDX/Markdown pipeline: the content check and the renderer compile with the same options.
import type { CompileOptions } from "@mdx-js/mdx";
import rehypeRaw from "rehype-raw";
import remarkGfm from "remark-gfm";
import { rehypeStripUnsafe } from "./mdx-sanitize";

export type BodyFormat = "md" | "mdx";

export function mdxCompileOptions(format: BodyFormat): Pick<CompileOptions, "format" | "remarkPlugins" | "rehypePlugins"> {
  return {
    format,
    remarkPlugins: [remarkGfm],
    // Jekyll posts rely on raw HTML (<br>, <sup>, comments): parse it, then strip what could run.
    rehypePlugins: format === "md" ? [rehypeRaw, rehypeStripUnsafe] : [rehypeStripUnsafe],
  };
}
