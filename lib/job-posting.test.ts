import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Job } from "./content/types";
import { termKey } from "./content/slugs";
import { employmentTypeOf, jobPostingJsonLd, parseSalary } from "./job-posting";
import { site } from "./site";

function job(overrides: Partial<Job> = {}): Job {
  const tags = ["AI"];
  return {
    id: "genai-backend-engineer",
    sourcePath: "content/jobs/genai-backend-engineer.md",
    title: "生成AIバックエンドエンジニア",
    company: "株式会社ツナグテック",
    location: "東京都渋谷区（リモート併用）",
    employment: "正社員",
    salary: "年収600万〜900万円",
    tags,
    tagKeys: new Set(tags.map(termKey)),
    category: null,
    categoryKey: null,
    url: "https://example.com/apply",
    posted: new Date("2026-06-14T15:00:00Z"),
    expires: new Date("2027-05-30T15:00:00Z"),
    isOpen: true,
    body: "## 仕事内容\n\n- **LLM** を使った[機能](https://example.com)の開発\n- 運用\n",
    ...overrides,
  };
}

describe("employmentTypeOf", () => {
  test("maps the editors' terms and falls back to OTHER", () => {
    assert.equal(employmentTypeOf("正社員"), "FULL_TIME");
    assert.equal(employmentTypeOf("契約社員"), "TEMPORARY");
    assert.equal(employmentTypeOf("業務委託"), "CONTRACTOR");
    assert.equal(employmentTypeOf("副業"), "PART_TIME");
    assert.equal(employmentTypeOf("インターン"), "INTERN");
    assert.equal(employmentTypeOf(" ｲﾝﾀｰﾝ "), "INTERN");
    assert.equal(employmentTypeOf("アルバイト"), "OTHER");
  });
});

describe("parseSalary", () => {
  const cases: [string, ReturnType<typeof parseSalary>][] = [
    ["年収600万〜900万円", { unitText: "YEAR", minValue: 6_000_000, maxValue: 9_000_000 }],
    ["年収700万〜1,100万円", { unitText: "YEAR", minValue: 7_000_000, maxValue: 11_000_000 }],
    ["年収600〜900万円", { unitText: "YEAR", minValue: 6_000_000, maxValue: 9_000_000 }],
    ["月額80万〜100万円", { unitText: "MONTH", minValue: 800_000, maxValue: 1_000_000 }],
    ["時給1,500円〜1,800円", { unitText: "HOUR", minValue: 1500, maxValue: 1800 }],
    ["月額80万円〜", { unitText: "MONTH", minValue: 800_000, maxValue: null }],
    ["年収 800万円 ～ 1200万円", { unitText: "YEAR", minValue: 8_000_000, maxValue: 12_000_000 }],
    ["日給３万円", { unitText: "DAY", minValue: 30_000, maxValue: null }],
    ["応相談", null],
    ["年収600万〜（経験による）", null],
    ["年収900万〜600万円", null],
    ["月額0円", null],
  ];
  for (const [text, expected] of cases) {
    test(text, () => assert.deepEqual(parseSalary(text), expected));
  }
});

describe("jobPostingJsonLd", () => {
  test("the fields search engines read", () => {
    const data = jobPostingJsonLd(job());
    assert.equal(data["@type"], "JobPosting");
    assert.equal(data.title, "生成AIバックエンドエンジニア");
    assert.equal(data.datePosted, "2026-06-15T00:00:00+09:00");
    assert.equal(data.validThrough, "2027-05-31T23:59:59+09:00", "the end of the expires day in JST");
    assert.equal(data.employmentType, "FULL_TIME");
    assert.deepEqual(data.hiringOrganization, { "@type": "Organization", name: "株式会社ツナグテック" });
    assert.equal(data.url, `${site.url}/jobs/genai-backend-engineer`);
    assert.deepEqual(data.baseSalary, {
      "@type": "MonetaryAmount",
      currency: "JPY",
      value: { "@type": "QuantitativeValue", minValue: 6_000_000, maxValue: 9_000_000, unitText: "YEAR" },
    });
  });

  test("the description is plain text", () => {
    assert.equal(jobPostingJsonLd(job()).description, "仕事内容\nLLM を使った機能の開発\n運用");
  });

  test("an office with remote work: the place and TELECOMMUTE", () => {
    const data = jobPostingJsonLd(job());
    assert.deepEqual(data.jobLocation, {
      "@type": "Place",
      address: { "@type": "PostalAddress", addressCountry: "JP", addressRegion: "東京都", addressLocality: "渋谷区" },
    });
    assert.equal(data.jobLocationType, "TELECOMMUTE");
    assert.deepEqual(data.applicantLocationRequirements, { "@type": "Country", name: "JP" });
  });

  test("fully remote: no place; on site: no TELECOMMUTE", () => {
    const remote = jobPostingJsonLd(job({ location: "フルリモート" }));
    assert.equal("jobLocation" in remote, false);
    assert.equal(remote.jobLocationType, "TELECOMMUTE");
    const office = jobPostingJsonLd(job({ location: "大阪府大阪市" }));
    assert.equal("jobLocationType" in office, false);
    assert.equal("applicantLocationRequirements" in office, false);
  });

  test("no expires: no validThrough; unreadable salary: no baseSalary", () => {
    const data = jobPostingJsonLd(job({ expires: null, salary: "応相談" }));
    assert.equal("validThrough" in data, false);
    assert.equal("baseSalary" in data, false);
  });
});
