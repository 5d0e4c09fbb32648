"use client";

import { useEffect } from "react";

/** The heading a 目次 link points at: `link.hash` is percent-encoded, ids are not. */
function targetId(link: HTMLAnchorElement): string {
  try {
    return decodeURIComponent(link.hash.slice(1));
  } catch {
    return link.hash.slice(1);
  }
}

/**
 * Marks the 目次 links of the section being read. It reads the lists the server rendered rather
 * than taking the ids as props, which would send them once more in the page's payload.
 */
export function TocHighlighter() {
  useEffect(() => {
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("ol[data-toc] a"));
    const ids = [...new Set(links.map(targetId))];
    const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    if (headings.length === 0) return;
    let frame = 0;

    function currentId(): string | undefined {
      // A section the reader just jumped to stays marked while its heading is in the upper half.
      const target = decodeURIComponent(window.location.hash.slice(1));
      const jumped = headings.find((heading) => heading.id === target);
      if (jumped) {
        const top = jumped.getBoundingClientRect().top;
        if (top >= -1 && top < window.innerHeight / 2) return jumped.id;
      }
      // At the very end the last headings can never reach the top: mark the last one in view.
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      let current = headings[0]?.id;
      for (const heading of headings) {
        const top = heading.getBoundingClientRect().top;
        // Headings scroll to 24px (scroll-margin); a section is current once its heading is there.
        if (top <= 40 || (atBottom && top < window.innerHeight)) current = heading.id;
      }
      return current;
    }

    function mark() {
      frame = 0;
      const current = currentId();
      for (const link of links) {
        if (targetId(link) === current) link.setAttribute("aria-current", "true");
        else link.removeAttribute("aria-current");
      }
    }

    function schedule() {
      if (frame === 0) frame = requestAnimationFrame(mark);
    }

    mark();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      window.removeEventListener("hashchange", schedule);
    };
  }, []);
  return null;
}
