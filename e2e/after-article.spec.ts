// What follows an article's body: the career block for readers thinking of a move, and the follow box.
import { expect, test } from "@playwright/test";
import { SAMPLE } from "./fixtures/cases";
import { main } from "./helpers";

test("the career block after the body leads to the AI and Web3 job lists", async ({ page }) => {
  await page.goto(SAMPLE.agent.path);
  const block = main(page).getByRole("region", { name: /転職を考えているあなたへ/ });
  await expect(block.getByText("こんな方に")).toBeVisible();
  const body = (await main(page).locator("article .prose").boundingBox())!;
  expect((await block.boundingBox())!.y).toBeGreaterThan(body.y + body.height);
  for (const [label, tag] of [
    ["AIの求人を見る", "AI"],
    ["Web3の求人を見る", "Web3.0"],
  ] as const) {
    const link = block.getByRole("link", { name: label });
    await expect(link).toHaveAttribute("href", `/jobs?tag=${encodeURIComponent(tag)}`);
  }
  await block.getByRole("link", { name: "Web3の求人を見る" }).click();
  await expect(page).toHaveURL(/\/jobs\?tag=Web3\.0$/);
  await expect(main(page).getByRole("article").first()).toBeVisible();
});

test("the follow box offers RSS, and no link for accounts the site has not set", async ({ page }) => {
  await page.goto(SAMPLE.agent.path);
  const box = main(page).getByRole("region", { name: /この記事が気に入ったら/ });
  await expect(box.getByRole("link", { name: "RSS" })).toHaveAttribute("href", "/feed.xml");
  // The e2e server runs without SITE_X_URL and SITE_LINE_URL.
  await expect(box.getByRole("link")).toHaveCount(1);
});
