"use client";

import { useEffect } from "react";

/** Marks the 目次 links of the section being read; the list itself is rendered on the server. */
export function TocHighlighter({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-toc-link]"));
    if (headings.length === 0) return;
    let frame = 0;

    function mark() {
      frame = 0;
      // The current section is the last heading that has reached the upper third of the screen.
      let current = headings[0]?.id;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= window.innerHeight * 0.3) current = heading.id;
      }
      for (const link of links) {
        if (link.dataset.tocLink === current) link.setAttribute("aria-current", "true");
        else link.removeAttribute("aria-current");
      }
    }

    function schedule() {
      if (frame === 0) frame = requestAnimationFrame(mark);
    }

    mark();
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
    };
  }, [ids]);
  return null;
}
