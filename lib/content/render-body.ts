// The one place a body becomes React: articles and jobs compile through the same MDX pipeline,
// on the server, with nothing executable from content.
import { compileMDX, type MDXRemoteProps } from "next-mdx-remote/rsc";
import type { ReactElement } from "react";
import { bodyForDisplay } from "./body";
import { checkBody } from "./mdx-check";
import { mdxCompileOptions } from "./mdx-options";
import { ContentError } from "./problems";
import type { Article, BodyFormat, Job, TocEntry } from "./types";

/** What draws each element of a body (headings, links, images, `<Note>`): the page's to choose. */
export type BodyComponents = NonNullable<MDXRemoteProps["components"]>;

async function compileBody(source: string, format: BodyFormat, components: BodyComponents, toc?: TocEntry[]) {
  const { content } = await compileMDX({
    source,
    options: { mdxOptions: mdxCompileOptions(format, toc), blockJS: true, blockDangerousJS: true },
    components,
  });
  return content;
}

/** An article's body and its 目次, collected in the same pass. */
export async function renderArticleBody(
  article: Article,
  components: BodyComponents,
): Promise<{ content: ReactElement; toc: TocEntry[] }> {
  const toc: TocEntry[] = [];
  try {
    const content = await compileBody(bodyForDisplay(article.body, article.title), article.format, components, toc);
    return { content, toc };
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

/** A job's Markdown, sanitised and styled like an article's. */
export function renderJobBody(job: Job, components: BodyComponents): Promise<ReactElement> {
  return compileBody(job.body, "md", components);
}
