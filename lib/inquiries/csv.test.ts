import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { CSV_HEADER, csvCell, inquiriesToCsv, neutraliseFormula, parseCsv, UTF8_BOM } from "./csv";
import type { StoredInquiry } from "./types";

const INQUIRY: StoredInquiry = {
  id: 7,
  submissionId: "0123456789abcdef",
  kind: "freelance",
  name: '山田 "ハナ" 花子',
  email: "hanako@example.com",
  answers: { skills: "Rust, Go\n機械学習", rate: "=HYPERLINK(\"http://evil.example\")" },
  createdAt: new Date("2026-05-01T00:30:00Z"),
};

describe("csvCell", () => {
  test("leaves plain text alone", () => {
    assert.equal(csvCell("山田花子"), "山田花子");
  });

  test("quotes commas, quotes and line breaks, doubling quotes", () => {
    assert.equal(csvCell("a,b"), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell("1行目\n2行目"), '"1行目\n2行目"');
    assert.equal(csvCell("a\r\nb"), '"a\r\nb"');
  });

  test("cells Excel would run as formulas become text", () => {
    for (const formula of ["=1+1", "+81-90", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      assert.ok(neutraliseFormula(formula).startsWith("'"), formula);
    }
    assert.equal(csvCell("=1,2"), `"'=1,2"`);
    assert.equal(neutraliseFormula("a=1"), "a=1");
  });

  test("full-width ＝ ＋ － ＠ start formulas too (Japanese input), and are neutralised", () => {
    for (const formula of ["＝1+1", "＝HYPERLINK(\"http://evil.example\")", "＋81-90", "－2+3", "＠SUM(A1)"]) {
      assert.equal(neutraliseFormula(formula), `'${formula}`, formula);
    }
    assert.equal(csvCell("＝1,2"), `"'＝1,2"`);
    assert.equal(neutraliseFormula("年収＝800万"), "年収＝800万", "only at the start of a cell");
  });

  test("a tab or carriage return at the start is neutralised whatever follows it", () => {
    for (const value of ["\tabc", "\t", "\r", "\rabc", "\t＝1", "\r\n=1"]) {
      assert.ok(neutraliseFormula(value).startsWith("'"), JSON.stringify(value));
    }
    assert.equal(neutraliseFormula("a\tb"), "a\tb");
  });
});

describe("inquiriesToCsv", () => {
  test("a full-width formula in any column comes out as text", () => {
    const rows = parseCsv(inquiriesToCsv([{ ...INQUIRY, name: "＝1+1", answers: { skills: "＠SUM(A1)", rate: "－1" } }]));
    assert.deepEqual([rows[1]?.[3], rows[1]?.[9], rows[1]?.[10]], ["'＝1+1", "'＠SUM(A1)", "'－1"]);
  });

  const csv = inquiriesToCsv([INQUIRY]);

  test("starts with a BOM and ends every line with CRLF", () => {
    assert.ok(csv.startsWith(UTF8_BOM));
    assert.ok(csv.endsWith("\r\n"));
    assert.equal(csv.split("\r\n").length, 3, "header, one row, and the empty rest after the last CRLF");
  });

  test("parses back to the header and the row, JST time and neutralised formula included", () => {
    assert.deepEqual(parseCsv(csv), [
      CSV_HEADER,
      ["7", "2026-05-01T09:30:00+09:00", "業務委託案件のご相談", '山田 "ハナ" 花子', "hanako@example.com", "", "", "", "", "Rust, Go\n機械学習", "'=HYPERLINK(\"http://evil.example\")"],
    ]);
  });

  test("the header names the columns in Japanese", () => {
    assert.deepEqual(CSV_HEADER, ["ID", "受付日時", "種別", "お名前", "メールアドレス", "現在の職種・ご経験", "ご希望・ご相談内容", "会社名", "採用したいポジション・人数", "スキル・ご経験", "希望単価"]);
  });

  test("no inquiries: just the header", () => {
    assert.deepEqual(parseCsv(inquiriesToCsv([])), [CSV_HEADER]);
  });
});
