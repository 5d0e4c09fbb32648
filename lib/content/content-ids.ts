/**
 * Put before every `id` and `name` from content, as GitHub does, so that no element of an article
 * can stand in for one of the page's own globals (`<a id="__next_f">` stops React from hydrating).
 * A leaf module: the browser's anchor fallback imports it without the sanitiser.
 */
export const CONTENT_ID_PREFIX = "user-content-";
