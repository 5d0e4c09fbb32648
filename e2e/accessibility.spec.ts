// Accessibility: axe-core finds nothing, and a keyboard reader reaches every control of an article.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { isWide, onceOnly, recruitingSidebar } from "./helpers";
import { SAMPLE } from "./fixtures/cases";

// The articles with the most kinds of content, light and dark: footnotes, a ※ note, ## / ###
// sections and the investment notice (desktop and phone); the Jekyll post's 目次 from ### and bold
// lines, <br> and an external link (desktop: its page differs from the other only in the body).
const ARTICLES = [
  ["footnotes, ※ note and investment notice", SAMPLE.footnotes.path, "every device"],
  ["Jekyll post (bold headings, external link)", SAMPLE.jekyll.path, "once"],
] as const;

const OTHER_PAGES = ["/", "/tags", `/tags/${encodeURIComponent("AI/ML")}`, "/articles/does-not-exist"] as const;

async function expectNoAxeViolations(page: Page, what: string, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => `${node.target.join(" ")} — ${node.failureSummary?.split("\n")[1]?.trim() ?? ""}`),
  }));
  expect(summary, `axe on ${what}`).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const [label, path, devices] of ARTICLES) {
      test(`article: ${label}`, async ({ page }, testInfo) => {
        if (devices === "once") onceOnly(testInfo.project.name);
        // Up to two full axe runs (the 目次 opened on phones): a slow test on a busy machine.
        test.slow();
        await page.goto(path);
        // Hydrated, so the theme toggle and the 目次 mark are in their final state.
        await expect(page.getByRole("button", { name: /ダークモード/ })).toHaveAttribute("aria-pressed", colorScheme === "dark" ? "true" : "false");
        await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        await expectNoAxeViolations(page, path);
        // Phones: the 目次 panel once opened.
        const summary = page.getByRole("main").locator("summary", { hasText: /^目次$/ });
        if (!isWide(page) && (await summary.count()) > 0) {
          await summary.click();
          await expectNoAxeViolations(page, `${path} with the 目次 open`, "main details");
        }
      });
    }

    test(`home, /tags, a tag page and the 404 page`, async ({ page }, testInfo) => {
      onceOnly(testInfo.project.name);
      // Four full axe runs take most of the default 30 s on a busy two-core machine.
      test.slow();
      for (const path of OTHER_PAGES) {
        await page.goto(path);
        await expectNoAxeViolations(page, path);
      }
    });
  });
}

test("listing pages on a phone: every link is a 24 px target or far enough from the next (WCAG 2.5.8)", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "a finger's targets: checked on the phone");
  for (const path of ["/tags/AI", "/categories", "/"]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withRules(["target-size"]).analyze();
    const targets = violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(" ")));
    expect(targets, `target-size on ${path}`).toEqual([]);
  }
});

interface Control {
  id: string;
  label: string;
  group: string;
  /** On screen now (the skip link counts: it shows itself when focused). */
  visible: boolean;
}

/**
 * Numbers every control a reader could operate, in document order (no positive tabindex is used,
 * so that is also the expected Tab order), and tells which are currently shown.
 */
async function readControls(page: Page): Promise<Control[]> {
  return page.evaluate(() => {
    const groupOf = (el: Element): string => {
      if (el.matches('a[href="#main"]')) return "skip link";
      if (el.closest("header") && !el.closest("main")) return el.tagName === "BUTTON" ? "theme toggle" : "header links";
      if (el.closest('nav[aria-label^="この記事を共有"]')) return el.tagName === "BUTTON" ? "share buttons" : "share links";
      if (el.closest('nav[aria-label="目次"]') || el.matches("summary")) return "目次";
      if (el.closest('ul[aria-label="タグ"], ul[aria-label="この記事のタグ"]')) return "tags";
      if (el.closest("main aside")) return "sidebar links";
      if (el.closest("footer") && !el.closest("main")) return "footer links";
      return "other";
    };
    const shown = (el: Element) => {
      if (el.matches('a[href="#main"]')) return true;
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const all = Array.from(document.querySelectorAll("a[href], button, summary, input, select, textarea, [tabindex]"));
    return all
      .filter((el) => el.getAttribute("tabindex") !== "-1")
      .map((el, index) => {
        el.setAttribute("data-kb", String(index).padStart(4, "0"));
        return { id: String(index).padStart(4, "0"), label: (el.textContent ?? "").trim().slice(0, 40), group: groupOf(el), visible: shown(el) };
      });
  });
}

test("keyboard: Tab reaches every control of an article page, in order, each with a visible focus ring", async ({ page }) => {
  await page.goto(SAMPLE.jekyll.path);
  // Hydrated: the client-side buttons are in place.
  await expect(page.getByRole("button", { name: "URLをコピー" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /ダークモード/ })).toHaveAttribute("aria-pressed", /true|false/);
  // 人気記事 arrives after the page: its links are counted once they are there.
  await expect(page.locator("section[aria-labelledby='popular-aside-heading']")).toHaveAttribute("aria-busy", "false");
  const summary = page.getByRole("main").locator("summary", { hasText: /^目次$/ });

  // Numbered once, before any panel opens, so the numbers stay put while the reader tabs.
  const before = await readControls(page);
  const reached: string[] = [];
  const noRing: string[] = [];
  for (let step = 0; step < 250; step += 1) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
      const rect = el.getBoundingClientRect();
      const onScreen = rect.bottom > 0 && rect.top < window.innerHeight && rect.width > 0;
      return { id: el.getAttribute("data-kb"), tag: el.tagName, text: (el.textContent ?? "").trim().slice(0, 40), ring, onScreen };
    });
    if (!focused) break;
    if (focused.id === null) continue;
    if (reached.includes(focused.id)) break;
    reached.push(focused.id);
    if (!focused.ring || !focused.onScreen) noRing.push(`${focused.tag} "${focused.text}"`);
    // On phones the 目次 is a closed panel: the reader opens it with Enter and tabs on into it.
    if (focused.tag === "SUMMARY" && !(await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open))) {
      await page.keyboard.press("Enter");
    }
  }

  // Everything shown now (with the 目次 panel open on phones) was reached, in document order.
  const controls = await readControls(page);
  expect(controls.map((c) => c.label), "the page's controls did not change while tabbing").toEqual(before.map((c) => c.label));
  const missed = controls.filter((control) => control.visible && !reached.includes(control.id));
  expect(missed, "controls Tab never reaches").toEqual([]);
  expect(reached, "Tab follows the reading order").toEqual([...reached].sort());
  expect(noRing, "focused without a visible ring, or off screen").toEqual([]);

  const groups = new Set(controls.filter((control) => reached.includes(control.id)).map((control) => control.group));
  for (const group of ["skip link", "header links", "theme toggle", "share links", "share buttons", "目次", "tags", "sidebar links"]) {
    expect(groups, `Tab reaches the ${group}`).toContain(group);
  }
  // Both share bars: 4 links and the copy button each.
  const reachedIn = (group: string) => controls.filter((c) => c.group === group && reached.includes(c.id)).length;
  expect(reachedIn("share links")).toBe(8);
  expect(reachedIn("share buttons")).toBeGreaterThanOrEqual(2);
  // Every job and call to action in the sidebar.
  expect(reachedIn("sidebar links")).toBe(await recruitingSidebar(page).getByRole("link").count());
  // Every 目次 entry (the side column, or the panel the reader opened).
  expect(reachedIn("目次")).toBeGreaterThanOrEqual(await page.getByRole("navigation", { name: "目次" }).getByRole("link").count());
});

test("keyboard: Enter on a 目次 entry moves the reader to its section", async ({ page }) => {
  await page.goto(SAMPLE.agent.path);
  const summary = page.getByRole("main").locator("summary", { hasText: /^目次$/ });
  if (!isWide(page)) {
    await summary.focus();
    await page.keyboard.press("Enter");
  }
  const entry = page.getByRole("navigation", { name: "目次" }).getByRole("link").nth(2);
  const text = (await entry.innerText()).trim();
  await entry.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("article .prose").getByRole("heading", { name: text, exact: true })).toBeInViewport();
});
