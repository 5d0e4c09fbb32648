// Dark mode: follows the system from the first paint, and the reader's own choice sticks.
import { expect, test, type Page } from "@playwright/test";
import { onceOnly } from "./helpers";
import { SAMPLE } from "./fixtures/cases";

/**
 * Records the theme in force as soon as the parser reaches <body>: before anything is painted and
 * before any of the page's own bundles can run (so before React hydrates).
 */
async function recordThemeAtFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const record = () => {
      const root = document.documentElement;
      (window as unknown as { __themeAtFirstPaint: unknown }).__themeAtFirstPaint = {
        dark: root.classList.contains("dark"),
        colorScheme: root.style.colorScheme,
      };
    };
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      observer.disconnect();
      record();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

async function themeAtFirstPaint(page: Page): Promise<{ dark: boolean; colorScheme: string }> {
  return page.evaluate(() => (window as unknown as { __themeAtFirstPaint: { dark: boolean; colorScheme: string } }).__themeAtFirstPaint);
}

/** How light the page background is: 0 black … 1 white. */
async function backgroundLuminance(page: Page): Promise<number> {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background, "the body paints a background").not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  return luminance(page, background);
}

/** Relative luminance of an `rgb(…)`/`oklch(…)` colour, read back from a canvas so any CSS syntax works. */
async function luminance(page: Page, color: string): Promise<number> {
  return page.evaluate((value) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d");
    if (!context) return -1;
    context.fillStyle = value;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(context.getImageData(0, 0, 1, 1).data).map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  }, color);
}

function themeToggle(page: Page) {
  return page.getByRole("banner").getByRole("button", { name: /ダークモード/ });
}

test.describe("system in dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("the page is dark from the first paint, without a flash of light", async ({ page }) => {
    await recordThemeAtFirstPaint(page);
    await page.goto(SAMPLE.jekyll.path);
    const atLoad = await themeAtFirstPaint(page);
    expect(atLoad.dark, "<html> has class dark when the parser reaches <body>").toBe(true);
    expect(atLoad.colorScheme).toBe("dark");
    expect(await backgroundLuminance(page), "dark background").toBeLessThan(0.1);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(themeToggle(page)).toHaveAttribute("aria-pressed", "true");
  });

  test("the toggle switches to light, and the choice survives a reload and other pages", async ({ page }) => {
    await page.goto(SAMPLE.jekyll.path);
    const html = page.locator("html");
    await expect(html).toHaveClass(/\bdark\b/);
    await themeToggle(page).click();
    await expect(html).not.toHaveClass(/\bdark\b/);
    await expect(themeToggle(page)).toHaveAttribute("aria-pressed", "false");
    expect(await backgroundLuminance(page), "light background after the switch").toBeGreaterThan(0.8);

    await recordThemeAtFirstPaint(page);
    await page.reload();
    expect((await themeAtFirstPaint(page)).dark, "still light on reload, from the first paint").toBe(false);
    await page.goto("/tags");
    expect((await themeAtFirstPaint(page)).dark, "still light on another page").toBe(false);
    await expect(themeToggle(page)).toHaveAttribute("aria-pressed", "false");
  });
});

test.describe("system in light mode", () => {
  test.use({ colorScheme: "light" });

  test("the page is light from the first paint", async ({ page }, testInfo) => {
    onceOnly(testInfo.project.name);
    await recordThemeAtFirstPaint(page);
    await page.goto(SAMPLE.jekyll.path);
    const atLoad = await themeAtFirstPaint(page);
    expect(atLoad.dark).toBe(false);
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await expect(themeToggle(page)).toHaveAttribute("aria-pressed", "false");
  });

  test("the toggle switches to dark, and the choice survives a reload", async ({ page }) => {
    await page.goto(SAMPLE.special.path);
    await themeToggle(page).click();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(themeToggle(page)).toHaveAttribute("aria-pressed", "true");
    expect(await backgroundLuminance(page), "dark background after the switch").toBeLessThan(0.1);

    await recordThemeAtFirstPaint(page);
    await page.reload();
    expect((await themeAtFirstPaint(page)).dark, "dark on reload, from the first paint").toBe(true);

    // And back again.
    await themeToggle(page).click();
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    await page.reload();
    expect((await themeAtFirstPaint(page)).dark).toBe(false);
  });

  test("without a choice of their own, the page follows the system when it changes", async ({ page }, testInfo) => {
    onceOnly(testInfo.project.name);
    await page.goto(SAMPLE.jekyll.path);
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  });

  test("the toggle is reachable and usable from the keyboard", async ({ page }, testInfo) => {
    onceOnly(testInfo.project.name);
    await page.goto("/");
    const toggle = themeToggle(page);
    await toggle.focus();
    await expect(toggle).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await page.keyboard.press("Space");
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  });
});
