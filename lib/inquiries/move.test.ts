import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { sampleInquiry } from "../testing/inquiries";
import { POSTGRES, SQLITE, type Storage } from "../testing/storage-backends";
import { moveInquiries } from "./move";
import { openPostgresInquiryStore } from "./postgres-store";
import { openSqliteInquiryStore } from "./sqlite-store";
import type { NewInquiry } from "./types";

const opened: Storage[] = [];
after(() => Promise.all(opened.map((storage) => storage.cleanup())));

function inquiry(index: number): NewInquiry {
  return sampleInquiry(`move-${String(index).padStart(12, "0")}`, {
    kind: (["career", "recruiters", "freelance"] as const)[index % 3] ?? "career",
    email: `move-${index}@example.com`,
    answers: index % 3 === 1 ? { company: "株式会社移行", positions: "1名" } : { skills: "SQL" },
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)),
  });
}

describe("moveInquiries, SQLite file into PostgreSQL", () => {
  test("moves every row with its time and answers, oldest first; a second run moves nothing", async () => {
    const source = await SQLITE.setUp();
    const target = await POSTGRES.setUp();
    opened.push(source, target);
    const from = openSqliteInquiryStore(source.sqliteFile ?? "");
    for (let index = 0; index < 25; index += 1) await from.saveInquiry(inquiry(index));
    const pool = target.newPool();
    assert.ok(pool);
    const to = openPostgresInquiryStore(pool);
    // One of them reached the new database already (sent there after the switch, say).
    await to.saveInquiry(inquiry(7));

    assert.deepEqual(await moveInquiries(from, to), { moved: 24, alreadyThere: 1 });
    assert.deepEqual(await moveInquiries(from, to), { moved: 0, alreadyThere: 25 });
    const moved = await to.listInquiries();
    assert.equal(moved.length, 25);
    const strip = ({ id: _id, ...rest }: { id: number } & NewInquiry) => rest;
    assert.deepEqual(
      moved.map(strip).sort((a, b) => a.submissionId.localeCompare(b.submissionId)),
      (await from.listInquiries()).map(strip),
    );
    await from.close();
  });
});
