"use client";

import { useEffect, useState } from "react";
import { THEME_STORAGE_KEY } from "@/lib/theme";

function apply(dark: boolean) {
  const root = document.documentElement;
  root.classList.toggle("dark", dark);
  root.style.colorScheme = dark ? "dark" : "light";
}

export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);

  useEffect(() => {
    setDark(document.documentElement.classList.contains("dark"));
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    function followSystem(event: MediaQueryListEvent) {
      if (localStorage.getItem(THEME_STORAGE_KEY)) return;
      apply(event.matches);
      setDark(event.matches);
    }
    media.addEventListener("change", followSystem);
    return () => media.removeEventListener("change", followSystem);
  }, []);

  function toggle() {
    const next = !document.documentElement.classList.contains("dark");
    apply(next);
    setDark(next);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next ? "dark" : "light");
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark ?? false}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border border-slate-300 px-3 text-sm text-slate-700 hover:border-brand-600 dark:border-slate-600 dark:text-slate-200"
    >
      <span aria-hidden="true">{dark ? "☀" : "☾"}</span>
      <span className="sr-only">ダークモード</span>
    </button>
  );
}
