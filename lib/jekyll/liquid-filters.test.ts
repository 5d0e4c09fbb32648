import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createJekyllLiquid } from "./liquid-engine";
import { smartify } from "./liquid-filters";

const liquid = createJekyllLiquid("Asia/Tokyo");
const render = (template: string, scope: object = {}) => String(liquid.parseAndRenderSync(template, scope));

describe("Jekyll's filters", () => {
  test("relative_url and absolute_url give this site's path; a URL with a scheme stays", () => {
    assert.equal(render('{{ "/assets/a.png" | relative_url }} {{ "assets/a.png" | absolute_url }} {{ "https://example.com/x" | absolute_url }}'), "/assets/a.png /assets/a.png https://example.com/x");
    assert.equal(render("[{{ nothing | relative_url }}]"), "[]");
  });

  test("markdownify leaves the Markdown for the site to render", () => {
    assert.equal(render('{{ "**太字**" | markdownify }}'), "**太字**");
  });

  test("smartify: quotes, dashes and ellipses", () => {
    assert.equal(smartify(`"Jekyll" isn't -- or is it... --- yes`), "“Jekyll” isn’t – or is it… — yes");
  });

  test("the ones liquidjs already has behave as Jekyll's", () => {
    const scope = { date: "2025-10-08 09:00:00 +0900", tags: ["AI", "Web3", "投資"] };
    assert.equal(render("{{ date | date_to_string }} / {{ date | date_to_long_string }} / {{ date | date_to_xmlschema }}", scope), "08 Oct 2025 / 08 October 2025 / 2025-10-08T09:00:00+09:00");
    assert.equal(render("{{ tags | array_to_sentence_string }} {{ tags | jsonify }}", scope), 'AI, Web3, and 投資 ["AI","Web3","投資"]');
    assert.equal(render('{{ "生成AI と Web3!" | slugify }} {{ "a b&c" | cgi_escape }} {{ "<a>" | xml_escape }}'), "生成ai-と-web3 a+b%26c &lt;a&gt;");
    assert.equal(render('{{ posts | where: "tags", "AI" | map: "title" | join: "," }}', { posts: [{ title: "一", tags: ["AI"] }, { title: "二", tags: ["Web3"] }] }), "一");
  });

  test("an unknown filter is a parse failure, not a silent pass-through", () => {
    const namesTheFilter = (error: unknown) =>
      typeof error === "object" && error !== null && "errors" in error && Array.isArray(error.errors) && error.errors.some((inner: unknown) => inner instanceof Error && /undefined filter: shout/u.test(inner.message));
    assert.throws(() => liquid.parse("{{ x | shout }}"), namesTheFilter);
  });
});
