import { describe, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { termLookups } from "./term-lookups";
import { loadContent, type LoadedContent } from "./load";
import { formatProblem } from "./problems";
import { png } from "../testing/png";
import { tempFiles } from "../testing/temp-files";

const NOW = new Date("2026-01-01T03:00:00Z");

/** Content in `content/` and pictures in `public/`, below the folder messages are relative to. */
function load(files: Record<string, string>, imageHosts: string[] = []): LoadedContent {
  const cwd = tempFiles(
    {
      ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/${name}`, text])),
      "public/images/authors/sato.png": png(400, 400),
    },
    "content-authors-test-",
  );
  return loadContent({ root: path.join(cwd, "content"), includeDrafts: false, now: NOW, cwd, imageHosts });
}

function md(frontMatter: string[], body = ""): string {
  return ["---", ...frontMatter, "---", body].join("\n");
}

function post(title: string, author: string, date = "2025-10-08", extra: string[] = []): string {
  return md([`title: ${title}`, `date: ${date}`, `author: ${author}`, ...extra], "本文です。\n");
}

const SATO = md(
  [
    "name: 佐藤 美咲",
    "role: 編集長",
    "portrait: /images/authors/sato.png",
    "aliases: [佐藤美咲, Misaki Sato]",
    "links:",
    "  x: \"@misaki_sato\"",
    "  site: https://sato.example.com/",
  ],
  "AI と Web3 を担当する**編集長**です。\n\n[ブログ](https://sato.example.com/)でも書いています。\n",
);

describe("author profiles: loading", () => {
  const loaded = load({
    "authors/misaki-sato.md": SATO,
    "authors/kenta.md": md(["name: 高橋 健太"]),
    "articles/a.md": post("A", "佐藤 美咲", "2025-10-08"),
    "articles/b.md": post("B", "佐藤美咲", "2025-10-07"),
    "articles/c.md": post("C", "MISAKI-SATO", "2025-10-06"),
    "articles/d.md": post("D", "ｍｉｓａｋｉ ｓａｔｏ", "2025-10-05"),
    "articles/e.md": post("E", "編集部", "2025-10-04"),
    "articles/f.md": post("F", "高橋 健太", "2099-01-01"),
  });

  test("loads without problems; profile files count as content files", () => {
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.fileCount, 8);
  });

  test("a profile: id from the file name, fields, bio as plain paragraphs, X handle as an address", () => {
    const sato = loaded.profiles.find((profile) => profile.id === "misaki-sato");
    assert.deepEqual(sato, {
      id: "misaki-sato",
      sourcePath: "content/authors/misaki-sato.md",
      name: "佐藤 美咲",
      role: "編集長",
      bio: ["AI と Web3 を担当する編集長です。", "ブログでも書いています。"],
      portrait: "/images/authors/sato.png",
      links: { x: "https://x.com/misaki_sato", site: "https://sato.example.com/" },
      sameAs: ["https://x.com/misaki_sato", "https://sato.example.com/"],
      path: "/authors/misaki-sato",
      keys: ["misaki-sato", "佐藤 美咲", "佐藤美咲", "misaki sato"],
    });
  });

  test("an article's author matches a profile by name, alias or id in any case or width", () => {
    for (const slug of ["a", "b", "c", "d"]) {
      const article = loaded.articles.find((a) => a.slug === slug);
      assert.deepEqual(article?.author, { kind: "authors", key: "misaki-sato", name: "佐藤 美咲", segment: "misaki-sato", path: "/authors/misaki-sato", order: null }, slug);
    }
  });

  test("a free-text author stays a term named by its spelling", () => {
    const article = loaded.articles.find((a) => a.slug === "e");
    assert.deepEqual(article?.author, { kind: "authors", key: "編集部", name: "編集部", segment: "編集部", path: `/authors/${encodeURIComponent("編集部")}`, order: null });
  });

  test("every spelling of a profile's author is one term, addressed by the profile's id", () => {
    const sato = loaded.authors.find((term) => term.key === "misaki-sato");
    assert.equal(sato?.segment, "misaki-sato");
    assert.equal(sato?.name, "佐藤 美咲");
    assert.deepEqual(sato?.articles.map((a) => a.slug), ["a", "b", "c", "d"]);
    assert.equal(loaded.authors.find((term) => term.key === "編集部")?.segment, "編集部");
  });

  test("a profile whose articles are not out yet still has its term, listed after those with articles", () => {
    assert.deepEqual(
      loaded.authors.map((term) => [term.name, term.segment, term.articles.length]),
      [
        ["佐藤 美咲", "misaki-sato", 4],
        ["編集部", "編集部", 1],
        ["高橋 健太", "kenta", 0],
      ],
    );
  });

  test("the profile index answers to the id, the name and each alias", () => {
    for (const key of ["misaki-sato", "佐藤 美咲", "佐藤美咲", "misaki sato"]) {
      assert.equal(loaded.profilesByKey.get(key)?.id, "misaki-sato", key);
    }
    assert.equal(loaded.profilesByKey.get("編集部"), undefined);
  });

  test("author terms are found by every key that reaches them", () => {
    const byKey = termLookups(loaded).authors;
    for (const key of ["misaki-sato", "佐藤 美咲", "佐藤美咲", "misaki sato"]) assert.equal(byKey.get(key)?.segment, "misaki-sato", key);
    assert.equal(byKey.get("編集部")?.segment, "編集部");
    assert.equal(byKey.get("kenta")?.articles.length, 0);
  });

  test("without links, role, portrait or bio, a profile has none", () => {
    const kenta = loaded.profiles.find((profile) => profile.id === "kenta");
    assert.equal(kenta?.role, null);
    assert.equal(kenta?.portrait, null);
    assert.deepEqual(kenta?.bio, []);
    assert.deepEqual(kenta?.links, { x: null, site: null });
    assert.deepEqual(kenta?.sameAs, []);
  });
});

describe("author profiles: problems carry file, line and field", () => {
  test("a missing name points at the front matter's first line", () => {
    const loaded = load({ "authors/nameless.md": md(["role: 記者"]) });
    assert.deepEqual(loaded.problems.map(formatProblem), ["content/authors/nameless.md:1: name: 必須です"]);
    assert.deepEqual(loaded.profiles, []);
  });

  test("a file name that cannot be an address", () => {
    const loaded = load({ "authors/misaki sato.md": md(["name: 佐藤 美咲"]) });
    assert.deepEqual(loaded.problems.map(formatProblem), [
      'content/authors/misaki sato.md: ファイル名から作った著者 ID "misaki sato" には / \\ ? # % や空白を使えません',
    ]);
  });

  test("a portrait missing from public/, or on a host the site may not load from", () => {
    const loaded = load(
      {
        "authors/a.md": md(["name: A", "portrait: /images/authors/none.png"]),
        "authors/b.md": md(["name: B", "role: 記者", "portrait: https://cdn.example.net/b.jpg"]),
        "authors/c.md": md(["name: C", "portrait: https://images.example.com/c.jpg"]),
      },
      ["images.example.com"],
    );
    assert.deepEqual(loaded.problems.map(formatProblem), [
      "content/authors/a.md:3: portrait: 画像「/images/authors/none.png」がありません。public/images/authors/none.png に置くか、パスを直してください",
      "content/authors/b.md:4: portrait: 画像のホスト cdn.example.net は許可されていません。public/ に画像を置くか、サイトの設定 IMAGE_HOSTS に cdn.example.net を加えてください",
    ]);
    assert.deepEqual(
      loaded.profiles.map((profile) => [profile.id, profile.portrait]),
      [
        ["a", null],
        ["b", null],
        ["c", "https://images.example.com/c.jpg"],
      ],
    );
  });

  test("bad links and unknown fields, each at its own line", () => {
    const loaded = load({
      "authors/a.md": md(["name: A", "twitter: a", "links:", "  x: not a handle", "  site: http://a.example.com", "  github: a"]),
    });
    assert.deepEqual(loaded.problems.map(formatProblem).sort(), [
      'content/authors/a.md:3: twitter: 著者のファイルに書ける項目は name、role、portrait、aliases、links です',
      'content/authors/a.md:5: links.x: "not a handle" は X のアカウントとして読めません（@handle か https://x.com/handle の形で書いてください）',
      'content/authors/a.md:6: links.site: サイトは https の URL にしてください（"http://a.example.com"）',
      "content/authors/a.md:7: links.github: links に書ける項目は x、site です",
    ]);
  });

  test("two profiles answering to one name: both files are told, on the line that says it", () => {
    const loaded = load({
      "authors/misaki-sato.md": SATO,
      "authors/misaki.md": md(["name: 佐藤 美咲"]),
      "authors/sato.md": md(["name: 佐藤", "aliases: [Misaki-Sato]"]),
      "articles/a.md": post("A", "佐藤 美咲"),
    });
    assert.deepEqual(loaded.problems.map(formatProblem).sort(), [
      "content/authors/misaki-sato.md: ファイル名（ID）の「misaki-sato」は content/authors/sato.md の著者にも使われていて、記事の著者がどちらか決められません。name・aliases・ファイル名（ID）はほかの著者と重ならないようにしてください",
      "content/authors/misaki-sato.md:2: name: 「佐藤 美咲」は content/authors/misaki.md の著者にも使われていて、記事の著者がどちらか決められません。name・aliases・ファイル名（ID）はほかの著者と重ならないようにしてください",
      "content/authors/misaki.md:2: name: 「佐藤 美咲」は content/authors/misaki-sato.md の著者にも使われていて、記事の著者がどちらか決められません。name・aliases・ファイル名（ID）はほかの著者と重ならないようにしてください",
      "content/authors/sato.md:3: aliases: 「Misaki-Sato」は content/authors/misaki-sato.md の著者にも使われていて、記事の著者がどちらか決められません。name・aliases・ファイル名（ID）はほかの著者と重ならないようにしてください",
    ]);
    // `next dev` keeps serving: the first file by path keeps the name.
    assert.equal(loaded.articles[0]?.author?.path, "/authors/misaki-sato");
  });
});
