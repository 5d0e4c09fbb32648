import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { AsyncLocalStorage } from "node:async_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { currentClientAddress, runWithClientAddress } from "./client-address";

describe("client address of the request being handled", () => {
  test("reaches code that runs later for the same request, and no other", async () => {
    const seen = await Promise.all([
      runWithClientAddress("203.0.113.7", async () => {
        await sleep(20);
        return currentClientAddress();
      }),
      runWithClientAddress("198.51.100.1", async () => {
        await new Promise((resolve) => setImmediate(resolve));
        return currentClientAddress();
      }),
    ]);
    assert.deepEqual(seen, ["203.0.113.7", "198.51.100.1"]);
    assert.equal(currentClientAddress(), undefined);
  });

  test("is shared by every copy of the module (instrumentation, routes and actions are separate bundles)", () => {
    const holder: Record<symbol, unknown> = globalThis;
    runWithClientAddress("203.0.113.7", () => {
      const storage = holder[Symbol.for("tech-career-media.client-address")];
      assert.ok(storage instanceof AsyncLocalStorage);
      assert.equal(storage.getStore(), "203.0.113.7");
    });
  });
});
