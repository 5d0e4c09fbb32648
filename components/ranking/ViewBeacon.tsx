"use client";

import { useEffect } from "react";

/** How long the article must have been on screen, without a break, before it counts as read. */
const VISIBLE_MS = 3000;

/**
 * Tells the server once per page view that the article was read (POST /api/views). Nothing is
 * sent for a page opened in a background tab or prerendered and never shown, nor for one left
 * within three seconds; no cookie, no identifier, only the slug.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let sent = false;

    function send() {
      sent = true;
      const body = new URLSearchParams({ slug });
      try {
        if (navigator.sendBeacon?.("/api/views", body)) return;
      } catch {
        // A browser that refuses the beacon (a blocked queue, a policy) gets a plain request.
      }
      fetch("/api/views", { method: "POST", body, keepalive: true, credentials: "omit" }).catch(() => {});
    }

    function onVisibility() {
      if (sent) return;
      if (document.visibilityState === "visible") {
        timer ??= setTimeout(send, VISIBLE_MS);
      } else {
        clearTimeout(timer);
        timer = undefined;
      }
    }

    onVisibility();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [slug]);
  return null;
}
