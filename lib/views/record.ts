// One posted page view from start to finish: the filters, then one more view in the store.
import { currentClientAddress } from "../client-address";
import { getArticle } from "../content";
import { createRepeatFilter, isBot, isPrefetch, REPEAT_WINDOW_MS, type RepeatFilter } from "./filters";
import { getViewStore } from "./store";
import type { ViewStore } from "./types";

export type ViewOutcome =
  | { status: "counted"; slug: string }
  | { status: "ignored"; reason: "prefetch" | "bot" | "repeat" }
  | { status: "unknown" }
  | { status: "failed" };

export interface ViewDependencies {
  store: ViewStore;
  filter: RepeatFilter;
  /** Who viewed, for the repeat filter only; never stored. */
  clientAddress: string;
  /** The published article's slug for a slug as posted (encoded or not), or undefined. */
  publishedSlug: (slug: string) => string | undefined;
  now?: () => Date;
}

/** Longer than any slug; what is longer is not looked up. */
const MAX_SLUG_LENGTH = 512;

export async function recordView(slug: string, headers: Headers, dependencies: ViewDependencies): Promise<ViewOutcome> {
  if (isPrefetch(headers)) return { status: "ignored", reason: "prefetch" };
  if (isBot(headers.get("user-agent"))) return { status: "ignored", reason: "bot" };
  const published = slug.length <= MAX_SLUG_LENGTH ? dependencies.publishedSlug(slug) : undefined;
  if (!published) return { status: "unknown" };
  const now = (dependencies.now ?? (() => new Date()))();
  if (!dependencies.filter.isFirstView(dependencies.clientAddress, published, now.getTime())) {
    return { status: "ignored", reason: "repeat" };
  }
  try {
    await dependencies.store.recordView(published, now);
    return { status: "counted", slug: published };
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message: "page view not stored", cause }));
    return { status: "failed" };
  }
}

const FILTER_KEY = Symbol.for("tech-career-media.view-repeat-filter");
type GlobalWithFilter = typeof globalThis & { [FILTER_KEY]?: RepeatFilter };

/** Where no request guard saw the request (`next dev`), every reader is this one. */
const UNSEEN_READER = "unseen";

/** The process's store and repeat filter, and the reader as the request guard saw them. */
export function viewDependenciesFor(): ViewDependencies {
  const holder: GlobalWithFilter = globalThis;
  holder[FILTER_KEY] ??= createRepeatFilter({ windowMs: REPEAT_WINDOW_MS });
  return {
    store: getViewStore(),
    filter: holder[FILTER_KEY],
    clientAddress: currentClientAddress() ?? UNSEEN_READER,
    publishedSlug: (slug) => getArticle(slug)?.slug,
  };
}
