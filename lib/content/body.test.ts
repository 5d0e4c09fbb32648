import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { bodyForDisplay } from "./body";

const TITLE = "生成AIと著作権の最前線";

describe("bodyForDisplay", () => {
  test("blanks a first line that repeats the title, keeping line numbers", () => {
    const body = `\n${TITLE}\n\n本文です。\n`;
    const shown = bodyForDisplay(body, TITLE);
    assert.equal(shown, "\n\n\n本文です。\n");
    assert.equal(shown.split("\n").length, body.split("\n").length);
  });

  test("recognises the title as a heading or in bold", () => {
    assert.equal(bodyForDisplay(`# ${TITLE}\n\n本文`, TITLE), "\n\n本文");
    assert.equal(bodyForDisplay(`**${TITLE}**\n\n本文`, TITLE), "\n\n本文");
  });

  test("keeps a first line that is different from the title", () => {
    const body = "## はじめに\n\n本文";
    assert.equal(bodyForDisplay(body, TITLE), body);
  });

  test("only the first non-empty line is considered", () => {
    const body = `本文\n\n${TITLE}`;
    assert.equal(bodyForDisplay(body, TITLE), body);
  });

  test("an empty body stays empty", () => {
    assert.equal(bodyForDisplay("", TITLE), "");
  });
});
