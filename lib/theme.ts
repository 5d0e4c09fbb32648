// The reader's colour scheme: stored choice, else the system's. Runs before first paint.

export const THEME_STORAGE_KEY = "theme";

/** Inline in <head> so the page never flashes the wrong theme. Kept tiny and free of content. */
export const THEME_INIT_SCRIPT = `(function(){var s=null;try{s=localStorage.getItem("${THEME_STORAGE_KEY}");}catch(e){}try{var d=s==="dark"||(s!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);var r=document.documentElement;r.classList.toggle("dark",d);r.style.colorScheme=d?"dark":"light";}catch(e){}})();`;
