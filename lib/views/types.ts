// The shapes of counted page views and of the store that keeps them, shared by every store and its callers.

/** Views of one article summed over a window. */
export interface ViewCount {
  slug: string;
  views: number;
}

export interface ViewStore {
  /**
   * Adds one view of `slug` to the hour `at` falls in; safe under concurrent calls. Hours older
   * than the store's retention are forgotten on the way (VIEW_RETENTION_HOURS).
   */
  recordView(slug: string, at: Date): Promise<void>;
  /**
   * Views per article from the hour `since` falls in onwards, most viewed first (ties by slug, so
   * the order is stable); every article with a view, since callers drop unpublished ones.
   */
  countViews(since: Date): Promise<ViewCount[]>;
  close(): Promise<void>;
}

/** Hours of views kept: the longest ranking window (7 days) and a margin, about 30 days. */
export const VIEW_RETENTION_HOURS = 30 * 24;
