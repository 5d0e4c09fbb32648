import assert from "node:assert/strict";
import { test } from "node:test";
import { processWide } from "./process-store";

test("processWide makes the value once per process, whichever module copy asks", () => {
  const key = Symbol.for(`process-store-test-${Math.random()}`);
  let made = 0;
  const make = () => ({ made: ++made });
  const first = processWide(key, make);
  // Another bundle layer has its own copy of this module but the same globalThis and Symbol.for key.
  const second = processWide(Symbol.for(key.description ?? ""), make);
  assert.equal(second, first);
  assert.equal(made, 1);
});

test("processWide tries again after the first attempt failed", () => {
  const key = Symbol(`process-store-test-failing`);
  assert.throws(() => processWide(key, () => { throw new Error("content has problems"); }), /content has problems/);
  assert.deepEqual(processWide(key, () => ({ ok: true })), { ok: true });
});
