import { compileMDX } from "next-mdx-remote/rsc";
import type { Article } from "@/lib/content";
import { bodyForDisplay } from "@/lib/content/body";
import { checkBody } from "@/lib/content/mdx-check";
import { mdxCompileOptions } from "@/lib/content/mdx-options";
import { ContentError } from "@/lib/content/problems";
import type { TocEntry } from "@/lib/content/types";
import { mdxComponents } from "./mdx-components";

/**
 * Compiles an article body on the server (no client JavaScript, nothing executable from
 * content) and collects its 目次 in the same pass.
 */
export async function compileArticleBody(article: Article): Promise<{ body: React.ReactElement; toc: TocEntry[] }> {
  const toc: TocEntry[] = [];
  try {
    const { content } = await compileMDX({
      source: bodyForDisplay(article.body, article.title),
      options: { mdxOptions: mdxCompileOptions(article.format, toc), blockJS: true, blockDangerousJS: true },
      components: mdxComponents,
    });
    return { body: <div className="prose prose-slate prose-ja max-w-none dark:prose-invert">{content}</div>, toc };
  } catch (error) {
    // Fail the build with the same `path:line: reason` line `npm run check:content` prints.
    const problems = await checkBody({
      file: article.sourcePath,
      body: article.body,
      bodyStartLine: article.bodyStartLine,
      format: article.format,
    });
    throw new ContentError(
      problems.length > 0 ? problems : [{ file: article.sourcePath, field: "本文", message: String(error) }],
    );
  }
}
