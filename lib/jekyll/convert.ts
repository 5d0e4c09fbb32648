// A Jekyll post body turned into Markdown this site shows: Liquid evaluated as Jekyll would, Kramdown's
// attribute lines dropped, with a note for every change and for whatever could not be kept.
import type { Liquid } from "liquidjs";
import { evaluateLiquid, type EvaluatedBody } from "./liquid-engine";
import type { ConversionNote, JekyllSiteLinks } from "./types";

export type { ConversionNote } from "./types";

export interface LiquidContext {
  liquid: Liquid;
  /** The Jekyll site's `site`: _config.yml, `data`, `posts`, `categories`, `tags`, `time`. */
  site: Record<string, unknown>;
  /** The post's `page`: its front matter with `url`, `date`, `id`, `path`. */
  page: Record<string, unknown>;
  links: JekyllSiteLinks;
  /** File line of the body's first line. */
  bodyStartLine: number;
}

const KRAMDOWN_ATTRIBUTES = /^\{:\s*[^}]*\}[ \t]*$/u;

function shorten(token: string): string {
  const line = token.replace(/\s+/gu, " ");
  return line.length > 50 ? `${line.slice(0, 50)}…` : line;
}

/**
 * Blanks Kramdown's `{:toc}` (with the `* TOC` line before it) and `{: .class}` lines, which only
 * mean something to Jekyll. Blanking keeps every later line where it was, for the notes.
 */
function withoutKramdownAttributes(body: string, bodyStartLine: number, changed: ConversionNote[]): string {
  const lines = body.split("\n");
  let inCode = false;
  lines.forEach((line, index) => {
    if (/^ {0,3}(?:```|~~~)/u.test(line)) inCode = !inCode;
    if (inCode || !KRAMDOWN_ATTRIBUTES.test(line.trim())) return;
    const previous = lines[index - 1] ?? "";
    if (/^\{:\s*toc\s*\}$/u.test(line.trim()) && /^\s*[*-]\s+(?:TOC|目次)\s*$/u.test(previous)) lines[index - 1] = "";
    lines[index] = "";
    changed.push({ line: bodyStartLine + index, message: `Kramdown の ${shorten(line.trim())} を消しました（目次や装飾はこのサイトが付けます）` });
  });
  return lines.join("\n");
}

export function convertLiquid(source: string, context: LiquidContext): EvaluatedBody {
  const changed: ConversionNote[] = [];
  const body = withoutKramdownAttributes(source, context.bodyStartLine, changed);
  const evaluated = evaluateLiquid(context.liquid, { body, bodyStartLine: context.bodyStartLine, site: context.site, page: context.page, links: context.links });
  return { ...evaluated, changed: [...changed, ...evaluated.changed].sort((a, b) => a.line - b.line) };
}
