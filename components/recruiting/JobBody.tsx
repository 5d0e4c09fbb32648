import { compileMDX } from "next-mdx-remote/rsc";
import { mdxComponents } from "@/components/article/mdx-components";
import type { Job } from "@/lib/content";
import { mdxCompileOptions } from "@/lib/content/mdx-options";

/** A job's Markdown through the articles' pipeline: same sanitising, same look, no client JavaScript. */
export async function JobBody({ job }: { job: Job }) {
  const { content } = await compileMDX({
    source: job.body,
    options: { mdxOptions: mdxCompileOptions("md"), blockJS: true, blockDangerousJS: true },
    components: mdxComponents,
  });
  return <div className="prose prose-slate prose-ja max-w-none dark:prose-invert">{content}</div>;
}
