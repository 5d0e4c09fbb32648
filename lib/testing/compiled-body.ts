// An article body through the site's MDX options, as compiled code or as the HTML React renders.
import { compile, run } from "@mdx-js/mdx";
import type { MDXComponents } from "mdx/types";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { mdxCompileOptions } from "../content/mdx-options";
import type { BodyFormat } from "../content/types";

/** The JavaScript the MDX compiler makes of the body. */
export async function compiledBody(body: string, format: BodyFormat): Promise<string> {
  return String(await compile(body, mdxCompileOptions(format)));
}

/** The HTML React renders for the body, as on the article page. */
export async function renderedBody(body: string, format: BodyFormat, components?: MDXComponents): Promise<string> {
  const code = await compile(body, { ...mdxCompileOptions(format), outputFormat: "function-body" });
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return renderToStaticMarkup(createElement(Content, { components }));
}
