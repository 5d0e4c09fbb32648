import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { tempFiles } from "../../lib/testing/temp-files";
import { REWRITTEN_BY_COMPILE, codeFiles, codeFingerprint } from "./fingerprint";

const project = () =>
  tempFiles({
    "app/page.tsx": "export default function Page() { return null; }",
    "lib/site.ts": "export const name = 'a';",
    "lib/site.test.ts": "// a test",
    "next.config.ts": "export default {};",
    "package-lock.json": '{"lockfileVersion":3}',
    "tsconfig.json": "{}",
    "README.md": "# readme",
    "content/articles/a.md": "---\ntitle: a\n---\n",
    "public/images/a.png": "png",
    "e2e/a.spec.ts": "// e2e",
    "scripts/build.ts": "// build",
    ".next/BUILD_ID": "x",
    "node_modules/next/package.json": '{"version":"16.0.0"}',
  });

test("the code files are the project's sources and settings, not its content, pictures, tests, tools or outputs", () => {
  assert.deepEqual(codeFiles(project()), ["app/page.tsx", "lib/site.ts", "next.config.ts", "package-lock.json", "tsconfig.json"]);
});

test("any change of code, dependency or compile setting makes another fingerprint; content and runtime settings do not", () => {
  const root = project();
  const env = { SITE_URL: "https://media.example.jp", DATA_DIR: "/srv/a" };
  const base = codeFingerprint(root, { env });
  assert.equal(codeFingerprint(root, { env }), base, "stable");

  fs.writeFileSync(path.join(root, "content/articles/a.md"), "---\ntitle: b\n---\n");
  fs.writeFileSync(path.join(root, "public/images/a.png"), "other");
  assert.equal(codeFingerprint(root, { env: { ...env, DATA_DIR: "/srv/b", CONTENT_DIR: "/c", PRERENDER_ARTICLES: "5" } }), base);

  assert.notEqual(codeFingerprint(root, { env: { ...env, SITE_URL: "https://other.example.jp" } }), base, "SITE_URL is in the headers");
  assert.notEqual(codeFingerprint(root, { env: { ...env, NEXT_OUTPUT: "standalone" } }), base);
  assert.notEqual(codeFingerprint(root, { env: { ...env, NEXT_PUBLIC_FLAG: "1" } }), base, "Next.js inlines NEXT_PUBLIC_");

  fs.writeFileSync(path.join(root, "node_modules/next/package.json"), '{"version":"16.0.1"}');
  const otherNext = codeFingerprint(root, { env });
  assert.notEqual(otherNext, base, "another Next.js");

  fs.writeFileSync(path.join(root, "lib/site.ts"), "export const name = 'b';");
  assert.notEqual(codeFingerprint(root, { env }), otherNext, "edited code");
});

test("the files Next.js rewrites can be left out, to tell its own edits from an editor's", () => {
  const root = project();
  const own = codeFingerprint(root, { except: REWRITTEN_BY_COMPILE });
  fs.writeFileSync(path.join(root, "tsconfig.json"), '{"include":[".next/types/**/*.ts"]}');
  assert.equal(codeFingerprint(root, { except: REWRITTEN_BY_COMPILE }), own);
  fs.writeFileSync(path.join(root, "app/page.tsx"), "export default function Page() { return 1; }");
  assert.notEqual(codeFingerprint(root, { except: REWRITTEN_BY_COMPILE }), own);
});
