// The database going away and coming back under a running site: calls fail quickly and say so,
// and once it is back the same pool works again, with nothing stored twice.
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { openPostgresInquiryStore } from "../inquiries/postgres-store";
import { createPostgresRateLimiter } from "../inquiries/postgres-rate-limit";
import { sampleInquiry } from "../testing/inquiries";
import { startTemporaryPostgres } from "../testing/postgres";
import { openPostgresViewStore } from "../views/postgres-store";
import { createPool } from "./pool";

function inquiry(submissionId: string) {
  return sampleInquiry(submissionId, { kind: "freelance", answers: { skills: "Go, C#" }, createdAt: new Date() });
}

describe("PostgreSQL outage", () => {
  // A server of its own: stopping the one other test files share would fail them.
  const server = startTemporaryPostgres();
  after(async () => (await server).remove());

  test("stopped: every call fails within seconds; restarted: the same pool stores again, once", async () => {
    const postgres = await server;
    const pool = createPool({ url: postgres.url, size: 4 });
    const inquiries = openPostgresInquiryStore(pool);
    const views = openPostgresViewStore(pool);
    const limiter = createPostgresRateLimiter(pool, { limit: 10, windowMs: 60_000 });
    assert.equal((await inquiries.saveInquiry(inquiry("outage-before-000001"))).status, "stored");
    await views.recordView("a", new Date());

    postgres.stop();
    const started = Date.now();
    await assert.rejects(inquiries.saveInquiry(inquiry("outage-during-000001")));
    await assert.rejects(views.recordView("a", new Date()));
    await assert.rejects(Promise.resolve(limiter.attempt("203.0.113.1")));
    assert.ok(Date.now() - started < 15_000, `failing took ${Date.now() - started} ms`);

    postgres.start();
    // The reader sends the same form again: it is stored now, and once.
    assert.equal((await inquiries.saveInquiry(inquiry("outage-during-000001"))).status, "stored");
    assert.equal((await inquiries.saveInquiry(inquiry("outage-during-000001"))).status, "duplicate");
    assert.equal((await limiter.attempt("203.0.113.1")).allowed, true);
    await views.recordView("a", new Date());
    assert.equal(await inquiries.countInquiries(), 2);
    assert.deepEqual(await views.countViews(new Date(Date.now() - 3_600_000)), [{ slug: "a", views: 2 }]);
    await pool.end();
  });
});
