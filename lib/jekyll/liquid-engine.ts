// Liquid evaluated the way Jekyll 4 evaluates a post: liquidjs with Jekyll's tags and filters, the
// site's data as `site` and the post's front matter as `page`.
import { Liquid } from "liquidjs";
import { jekyllFilters } from "./liquid-filters";
import { DROPPED_TAG, newRenderContext, noteAt, noteRenderFailures, parseLeniently, renderCollecting, TextEmitter, type RenderState } from "./liquid-render";
import { DroppedTag, HighlightTag, IncludeTag, LinkTag, NotedCommentTag, NotedRawTag, PostUrlTag } from "./liquid-tags";
import { noteVariables } from "./liquid-variables";
import type { ConversionNote, JekyllSiteLinks } from "./types";

/** liquidjs tags that Jekyll 4 (Liquid 4) does not have; a post using them failed to build there. */
const NOT_IN_JEKYLL = ["render", "layout", "block"];

/** One engine for a whole import; `timeZone` is the site's, for the `date` filters. */
export function createJekyllLiquid(timeZone: string): Liquid {
  const liquid = new Liquid({
    // An unknown filter is reported and its output left out, instead of passing the value through.
    strictFilters: true,
    // A failing tag costs itself, not the post (see renderCollecting).
    catchAllErrors: true,
    jekyllWhere: true,
    // Site data is read from files a stranger may have written: no prototype properties.
    ownPropertyOnly: true,
    timezoneOffset: timeZone,
    preserveTimezones: true,
    // Ruby's strftime names months and days in English.
    locale: "en-US",
    // Nothing is read from the disk by liquidjs itself: includes go through the site's gate.
    templates: {},
    relativeReference: false,
    // A hostile or broken site cannot hang the import.
    parseLimit: 10_000_000,
    renderLimit: 10_000,
    memoryLimit: 100_000_000,
  });
  for (const name of NOT_IN_JEKYLL) delete liquid.tags[name];
  liquid.registerTag("highlight", HighlightTag);
  liquid.registerTag("post_url", PostUrlTag);
  liquid.registerTag("link", LinkTag);
  liquid.registerTag("include", IncludeTag);
  liquid.registerTag("raw", NotedRawTag);
  liquid.registerTag("comment", NotedCommentTag);
  liquid.registerTag(DROPPED_TAG, DroppedTag);
  for (const [name, filter] of Object.entries(jekyllFilters)) liquid.registerFilter(name, filter);
  return liquid;
}

export interface LiquidSource {
  body: string;
  /** File line of the body's first line. */
  bodyStartLine: number;
  site: Record<string, unknown>;
  page: Record<string, unknown>;
  links: JekyllSiteLinks;
}

export interface EvaluatedBody {
  body: string;
  changed: ConversionNote[];
  unconverted: ConversionNote[];
}

export function evaluateLiquid(liquid: Liquid, source: LiquidSource): EvaluatedBody {
  // What readers saw was built for production (GitHub Pages sets JEKYLL_ENV so), so `jekyll.environment` says so.
  const scope: Record<string, unknown> = { site: source.site, page: source.page, jekyll: { environment: "production" } };
  const state: RenderState = {
    links: source.links,
    scope,
    bodyInput: source.body,
    bodyStartLine: source.bodyStartLine,
    includes: [],
    includeLine: source.bodyStartLine,
    changed: [],
    unconverted: [],
  };
  const parsed = parseLeniently(liquid, source.body, (text, offset, message) => {
    state.bodyInput = text;
    noteAt(state, text, offset, "unconverted", message);
  });
  state.bodyInput = parsed.text;
  noteVariables(liquid, parsed.templates, parsed.text, scope, null, (offset, kind, message) => noteAt(state, parsed.text, offset, kind, message));
  const emitter = new TextEmitter();
  const ctx = newRenderContext(liquid, scope, state);
  noteRenderFailures(state, renderCollecting(liquid, parsed.templates, ctx, emitter));
  return { body: emitter.buffer, changed: once(state.changed), unconverted: once(state.unconverted) };
}

/** By line, each note once: a tag inside a loop is noted on every pass. */
function once(notes: readonly ConversionNote[]): ConversionNote[] {
  const seen = new Set<string>();
  return notes
    .filter((note) => {
      const key = `${note.line}\u0000${note.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}
