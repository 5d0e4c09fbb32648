"use client";

import { useEffect } from "react";
import { CONTENT_ID_PREFIX } from "@/lib/content/content-ids";

function targetOf(hash: string): HTMLElement | null {
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Keep the raw fragment.
  }
  if (!id || id.startsWith(CONTENT_ID_PREFIX) || document.getElementById(id)) return null;
  return document.getElementById(CONTENT_ID_PREFIX + id);
}

/**
 * Ids from an article carry a prefix (see lib/content/content-ids.ts), so a link shared before it
 * existed (`#はじめに`) would land at the top: follow it to the prefixed heading instead, as GitHub does.
 */
export function ContentAnchorFallback() {
  useEffect(() => {
    function follow() {
      const target = targetOf(window.location.hash);
      if (!target) return;
      window.history.replaceState(window.history.state, "", `#${encodeURIComponent(target.id)}`);
      target.scrollIntoView();
    }
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return null;
}
