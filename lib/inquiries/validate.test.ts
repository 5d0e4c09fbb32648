import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { characterCount, cleanText, validateInquiry } from "./validate";

function form(values: Record<string, string>): URLSearchParams {
  return new URLSearchParams(values);
}

const CAREER = {
  name: "山田 花子",
  email: "hanako@example.com",
  currentRole: "バックエンドエンジニア",
  wishes: "生成AIのプロダクト開発に関わりたい",
  consent: "yes",
  submissionId: "0123456789abcdef0123",
};

describe("validateInquiry", () => {
  test("accepts a complete form and keeps only the form's own answers", () => {
    const result = validateInquiry("career", form({ ...CAREER, company: "紛れ込んだ値" }));
    assert.ok(result.ok);
    assert.deepEqual(result.input, {
      kind: "career",
      submissionId: CAREER.submissionId,
      name: "山田 花子",
      email: "hanako@example.com",
      answers: { currentRole: "バックエンドエンジニア", wishes: "生成AIのプロダクト開発に関わりたい" },
    });
  });

  test("names every missing field in Japanese, and the missing consent", () => {
    const result = validateInquiry("recruiters", form({}));
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.reason === "invalid");
    assert.deepEqual(result.errors, {
      name: "お名前を入力してください",
      email: "メールアドレスを入力してください",
      company: "会社名を入力してください",
      positions: "採用したいポジション・人数を入力してください",
      consent: "プライバシーポリシーへの同意が必要です",
    });
  });

  test("whitespace alone is not an answer", () => {
    const result = validateInquiry("freelance", form({ ...CAREER, skills: " \n　", rate: "\t" }));
    assert.ok(!result.ok && result.reason === "invalid");
    assert.equal(result.errors.skills, "スキル・ご経験を入力してください");
    assert.equal(result.errors.rate, "希望単価を入力してください");
  });

  test("rejects malformed addresses and accepts full-width ones typed on a Japanese keyboard", () => {
    for (const email of ["hanako", "hanako@", "@example.com", "hanako@example", "a b@example.com", "<x>@example.com"]) {
      const result = validateInquiry("career", form({ ...CAREER, email }));
      assert.ok(!result.ok && result.reason === "invalid", email);
      assert.equal(result.errors.email, "メールアドレスの形式が正しくありません（例: hanako@example.com）", email);
    }
    const wide = validateInquiry("career", form({ ...CAREER, email: "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｃｏｍ" }));
    assert.ok(wide.ok);
    assert.equal(wide.input.email, "hanako@example.com");
  });

  test("counts characters as readers do and says how many were typed", () => {
    const exactly = validateInquiry("freelance", form({ ...CAREER, skills: "Rust", rate: "𠮷".repeat(100) }));
    assert.ok(exactly.ok, "100 characters outside the BMP are 100 characters");
    const over = validateInquiry("freelance", form({ ...CAREER, skills: "Rust", rate: "あ".repeat(101) }));
    assert.ok(!over.ok && over.reason === "invalid");
    assert.equal(over.errors.rate, "希望単価は100文字以内で入力してください（現在101文字）");
  });

  test("every field has a size limit", () => {
    const huge = "x".repeat(5000);
    const result = validateInquiry("career", form({ name: huge, email: `${huge}@example.com`, currentRole: huge, wishes: huge }));
    assert.ok(!result.ok && result.reason === "invalid");
    assert.deepEqual(Object.keys(result.errors).sort(), ["consent", "currentRole", "email", "name", "wishes"]);
  });

  test("hands back what was typed, markup included, for the form to show as text", () => {
    const typed = { ...CAREER, name: '<script>alert("x")</script>', email: "bad", consent: "" };
    const result = validateInquiry("career", form(typed));
    assert.ok(!result.ok && result.reason === "invalid");
    assert.deepEqual(result.values, {
      fields: { name: typed.name, email: "bad", currentRole: CAREER.currentRole, wishes: CAREER.wishes },
      consent: false,
    });
    assert.equal(result.submissionId, CAREER.submissionId);
  });

  test("a filled honeypot marks the sender as a bot before anything else", () => {
    const result = validateInquiry("career", form({ website: "http://spam.example" }));
    assert.ok(!result.ok);
    assert.equal(result.reason, "bot");
  });

  test("a missing or odd submission id is left for the caller to make", () => {
    for (const submissionId of ["", "short", "has spaces in it 1234", "x".repeat(101)]) {
      const result = validateInquiry("career", form({ ...CAREER, submissionId }));
      assert.ok(result.ok);
      assert.equal(result.input.submissionId, null, submissionId);
    }
  });

  test("uploads in place of text count as empty", () => {
    const data = new FormData();
    for (const [key, value] of Object.entries(CAREER)) data.set(key, value);
    data.set("name", new Blob(["file"]), "name.txt");
    const result = validateInquiry("career", data);
    assert.ok(!result.ok && result.reason === "invalid");
    assert.equal(result.errors.name, "お名前を入力してください");
  });
});

describe("cleanText", () => {
  test("normalises to NFC and LF, drops control and bidi override characters, trims", () => {
    assert.equal(cleanText("  か\u3099\r\nき\u0000\u202Eく\t ", true), "が\nきく");
  });

  test("single-line fields lose their line breaks", () => {
    assert.equal(cleanText("株式会社\nテスト\r\n", false), "株式会社 テスト");
  });
});

test("characterCount counts code points", () => {
  assert.equal(characterCount("𠮷野家"), 3);
  assert.equal(characterCount(""), 0);
});
