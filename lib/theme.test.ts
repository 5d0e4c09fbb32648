import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { THEME_INIT_SCRIPT, THEME_STORAGE_KEY } from "./theme";

interface FakeEnv {
  /** Stored value, or an Error for storage that throws (blocked cookies, sandboxed frames). */
  stored?: string | null | Error;
  systemDark?: boolean;
  /** The class list <html> starts with. */
  initialClasses?: string[];
  /** Leave window.matchMedia out (very old browsers). */
  noMatchMedia?: boolean;
}

interface Result {
  classes: Set<string>;
  colorScheme: string | undefined;
  storageKeys: string[];
  mediaQueries: string[];
}

/** Runs the inline script against a fake document, localStorage and window.matchMedia. */
function runScript(env: FakeEnv): Result {
  const classes = new Set(env.initialClasses ?? []);
  const style: { colorScheme?: string } = {};
  const storageKeys: string[] = [];
  const mediaQueries: string[] = [];
  const document = {
    documentElement: {
      classList: {
        toggle(name: string, force?: boolean) {
          const on = force ?? !classes.has(name);
          if (on) classes.add(name);
          else classes.delete(name);
          return on;
        },
        contains: (name: string) => classes.has(name),
      },
      style,
    },
  };
  const localStorage = {
    getItem(key: string) {
      storageKeys.push(key);
      if (env.stored instanceof Error) throw env.stored;
      return env.stored ?? null;
    },
  };
  const window = {
    matchMedia: env.noMatchMedia
      ? undefined
      : (query: string) => {
          mediaQueries.push(query);
          return { matches: env.systemDark ?? false, media: query };
        },
  };
  new Function("document", "localStorage", "window", THEME_INIT_SCRIPT)(document, localStorage, window);
  return { classes, colorScheme: style.colorScheme, storageKeys, mediaQueries };
}

describe("THEME_INIT_SCRIPT", () => {
  test("is valid JavaScript", () => {
    assert.doesNotThrow(() => new Function(THEME_INIT_SCRIPT));
  });

  test("can sit in the page's <script> element as it is: nothing in it ends the element early", () => {
    // The layout inlines it without escaping (dangerouslySetInnerHTML).
    assert.doesNotMatch(THEME_INIT_SCRIPT, /<\/script/iu);
  });

  test('stored "dark" sets class dark, even when the system is light', () => {
    const result = runScript({ stored: "dark", systemDark: false });
    assert.ok(result.classes.has("dark"));
    assert.equal(result.colorScheme, "dark");
    assert.deepEqual(result.storageKeys, [THEME_STORAGE_KEY]);
  });

  test('stored "light" removes class dark, even when the system is dark', () => {
    const result = runScript({ stored: "light", systemDark: true, initialClasses: ["dark", "other"] });
    assert.ok(!result.classes.has("dark"));
    assert.ok(result.classes.has("other"), "other classes are kept");
    assert.equal(result.colorScheme, "light");
  });

  test("nothing stored: follows prefers-color-scheme", () => {
    const dark = runScript({ stored: null, systemDark: true });
    assert.ok(dark.classes.has("dark"));
    assert.equal(dark.colorScheme, "dark");
    assert.deepEqual(dark.mediaQueries, ["(prefers-color-scheme: dark)"]);

    const light = runScript({ stored: null, systemDark: false, initialClasses: ["dark"] });
    assert.ok(!light.classes.has("dark"));
    assert.equal(light.colorScheme, "light");
  });

  test("an unknown stored value counts as nothing stored", () => {
    assert.ok(runScript({ stored: "system", systemDark: true }).classes.has("dark"));
    assert.ok(!runScript({ stored: "", systemDark: false }).classes.has("dark"));
  });

  test("does not throw when localStorage throws", () => {
    assert.doesNotThrow(() => runScript({ stored: new Error("SecurityError"), systemDark: true }));
    assert.doesNotThrow(() => runScript({ stored: new Error("SecurityError"), systemDark: false }));
  });

  test("does not throw without matchMedia", () => {
    assert.doesNotThrow(() => runScript({ stored: null, noMatchMedia: true }));
    assert.ok(runScript({ stored: "dark", noMatchMedia: true }).classes.has("dark"), "a stored choice needs no matchMedia");
  });

  test("storage that throws: follows prefers-color-scheme", () => {
    const result = runScript({ stored: new Error("SecurityError"), systemDark: true });
    assert.ok(result.classes.has("dark"), "class dark");
    assert.equal(result.colorScheme, "dark");
  });
});
