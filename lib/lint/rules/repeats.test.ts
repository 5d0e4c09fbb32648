import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { articleFrom, findingsOf, where, withBody } from "../testing";
import { repeatsRule } from "./repeats";

const A = "生成AIの導入は、業務の進め方そのものを見直すきっかけになります。";
const B = "一方で、効果を測る指標を先に決めておかないと、投資の判断が難しくなります。";
const LONG =
  "スタートアップがクラウドの支援策を使うときは、移行しやすいデータ形式とオープンな技術を選び、特定の事業者に依存しすぎない設計にしておくことが、将来の選択肢を守ります。";

describe("repeated-paragraph", () => {
  test("a paragraph written again, exactly, is an error that says to delete it", () => {
    const findings = findingsOf(repeatsRule, articleFrom(withBody(`\n${A}\n\n${B}\n\n${A}\n`)));
    assert.deepEqual(where(findings), ["repeated-paragraph@10"]);
    assert.match(findings[0]?.message ?? "", /6 行目の段落の繰り返しです。この段落を消してください$/);
    assert.equal(findings[0]?.severity, "error");
  });

  test("width, spacing and punctuation do not hide a repeat, and a separator between is named", () => {
    const cut = "私たち投資家にとって、この状況はまさに両刃の剣";
    const findings = findingsOf(repeatsRule, articleFrom(withBody(`\n${cut}\n\n---END---\n\n${cut.replace("、", " ")}。\n`)));
    assert.deepEqual(where(findings), ["repeated-paragraph@10"]);
    assert.match(findings[0]?.message ?? "", /8 行目の区切り「---END---」をまたいで/);
  });

  test("different paragraphs, short refrains, headings and code are not repeats", () => {
    const body = `\n${A}\n\n${B}\n\n以上です。\n\n以上です。\n\n\`\`\`\n${A}\n\`\`\`\n`;
    assert.deepEqual(findingsOf(repeatsRule, articleFrom(withBody(body))), []);
  });
});

describe("similar-paragraph", () => {
  test("nearly the same, a warning: a paragraph continued after a cut, or lightly rewritten", () => {
    const extended = findingsOf(repeatsRule, articleFrom(withBody(`\n${LONG}\n\n${B}\n\n${LONG}さらに、契約の条件も確認しておきましょう。\n`)));
    assert.deepEqual(where(extended), ["similar-paragraph@10"]);
    assert.match(extended[0]?.message ?? "", /6 行目の段落とほぼ同じです。/);
    assert.equal(extended[0]?.severity, "warning");
    const rewritten = findingsOf(repeatsRule, articleFrom(withBody(`\n${LONG}\n\n${LONG.replace("将来の選択肢を守ります", "将来の選択肢を守るはずです")}\n`)));
    assert.deepEqual(where(rewritten), ["similar-paragraph@8"]);
  });
});

describe("repeated-sentence", () => {
  test("a long sentence found again inside another paragraph", () => {
    const body = `\n${B}${A}\n\n${A}そこで、私が注目したのは現場の声です。\n`;
    const findings = findingsOf(repeatsRule, articleFrom(withBody(body)));
    assert.deepEqual(where(findings), ["repeated-sentence@8"]);
    assert.match(findings[0]?.message ?? "", /6 行目の段落にもあります/);
  });

  test("points at the line of a long paragraph where the sentence is", () => {
    const body = `\n${A}\n\n${LONG}\n${A}\n`;
    assert.deepEqual(where(findingsOf(repeatsRule, articleFrom(withBody(body)))), ["repeated-sentence@9"]);
  });

  test("the same sentence twice in one paragraph, or short sentences, are left alone", () => {
    const body = `\n${A}${A}\n\nはい。いいえ。\n\nはい。いいえ。そうです。\n`;
    assert.deepEqual(findingsOf(repeatsRule, articleFrom(withBody(body))), []);
  });
});
