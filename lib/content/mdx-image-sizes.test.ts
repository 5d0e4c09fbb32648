import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { compile } from "@mdx-js/mdx";
import { tempFiles } from "../testing/temp-files";
import { mdxCompileOptions } from "./mdx-options";
import type { BodyFormat } from "./types";

// The pipeline reads public/ below the working folder, as the site does.
process.chdir(
  tempFiles({ "public/images/図 1.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"></svg>' }),
);

async function compiled(body: string, format: BodyFormat): Promise<string> {
  return String(await compile(body, mdxCompileOptions(format)));
}

describe("local image sizes stamped at compile time", () => {
  for (const format of ["md", "mdx"] as const) {
    test(`${format}: a Markdown image under public/ gets the file's width and height`, async () => {
      const code = await compiled("![図](/images/%E5%9B%B3%201.svg)", format);
      assert.match(code, /width: "?240"?,\s*height: "?80"?/);
    });
  }

  test("an editor's width and height never reach the page: only sizes read from the file do", async () => {
    const local = await compiled('<img src="/images/図 1.svg" width="9" height="9" alt="図">', "md");
    assert.match(local, /width: "?240"?,\s*height: "?80"?/);
    assert.doesNotMatch(local, /width: "?9/);
    const remote = await compiled('<img src="https://example.com/a.png" width="9" height="9" alt="外部">', "md");
    assert.doesNotMatch(remote, /width|height/);
  });

  test("missing files and paths outside public/ get no size", async () => {
    assert.doesNotMatch(await compiled("![なし](/images/missing.svg)", "md"), /width/);
    assert.doesNotMatch(await compiled("![外](/../outside.svg)", "md"), /width/);
  });
});
