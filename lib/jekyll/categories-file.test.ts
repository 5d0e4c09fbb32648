import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { parse } from "yaml";
import { readCategoriesFile, withCategoriesAdded } from "./categories-file";
import { tempFiles } from "../testing/temp-files";

const EDITED = [
  "# ナビゲーションの順に並べます",
  "- name: AI",
  "  slug: ai            # URL に使う",
  "  description: 人工知能の話題",
  "",
  "- name: 投資分析",
  "",
].join("\n");

describe("categories.yml", () => {
  test("reads names in order; a missing file is an empty list", () => {
    const root = tempFiles({ "categories.yml": EDITED });
    const read = readCategoriesFile(root);
    assert.ok(read.ok);
    assert.deepEqual(read.names, ["AI", "投資分析"]);
    assert.deepEqual(readCategoriesFile(tempFiles({})), { ok: true, names: [], text: "" });
  });

  test("a file that is not a list of names is refused with what to write", () => {
    const read = readCategoriesFile(tempFiles({ "categories.yml": "AI: 人工知能\n" }));
    assert.equal(read.ok, false);
    assert.match(read.ok ? "" : read.message, /categories\.yml 1 行目: 「- name: …」の行を並べたリストで書いてください/u);
  });

  test("new names are appended as text, comments and spacing untouched", () => {
    const text = withCategoriesAdded(EDITED, ["キャリア", "Web3: 入門"]);
    assert.equal(text, `${EDITED}- name: キャリア\n- name: "Web3: 入門"\n`);
    assert.deepEqual(
      parse(text).map((item: { name: string }) => item.name),
      ["AI", "投資分析", "キャリア", "Web3: 入門"],
    );
  });

  test("an indented list, an empty file and a flow list each stay valid", () => {
    assert.equal(withCategoriesAdded("  - name: AI\n", ["Web3"]), "  - name: AI\n  - name: Web3\n");
    assert.equal(withCategoriesAdded("", ["Web3"]), "- name: Web3\n");
    assert.equal(withCategoriesAdded("# まだ空です", ["Web3"]), "# まだ空です\n- name: Web3\n");
    assert.deepEqual(parse(withCategoriesAdded("[{ name: AI }]\n", ["Web3"])), [{ name: "AI" }, { name: "Web3" }]);
  });
});
