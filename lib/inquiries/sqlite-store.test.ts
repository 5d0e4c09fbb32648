import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { configFromEnv } from "../config";
import { INQUIRY_KINDS } from "./fields";
import { openSqliteInquiryStore } from "./sqlite-store";
import { dataDir, inquiryDatabasePath, openInquiryStore } from "./store";
import { tempDir } from "../testing/temp-files";
import { sampleInquiry } from "../testing/inquiries";

const temp = tempDir("inquiry-store-test-");

/** chmod does not stop root, so the permission cases only mean something for other users. */
const isRoot = process.getuid?.() === 0;

const inquiry = sampleInquiry;

describe("SQLite inquiry store", () => {
  test("creates the folder, the file and its schema on first use", async () => {
    const file = path.join(temp, "nested", "folder", "inquiries.sqlite");
    const store = openSqliteInquiryStore(file);
    assert.equal(await store.countInquiries(), 0);
    assert.ok(fs.existsSync(file));
    assert.equal((fs.statSync(path.dirname(file)).mode & 0o777).toString(8), "700");
    await store.close();
    const raw = new Database(file, { readonly: true });
    assert.equal(raw.pragma("user_version", { simple: true }), 1);
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    raw.close();
  });
  // Storing, listing, one row per submission id and two connections: store-contract.test.ts.
});

/**
 * Another process holding the database's write lock, as an operator's `sqlite3` shell in a
 * transaction or a second container on the same volume would, until `release()`.
 */
async function holdWriteLock(file: string): Promise<{ release: () => Promise<void> }> {
  const holder = `
    const db = require("better-sqlite3")(process.argv[1]);
    db.exec("BEGIN IMMEDIATE");
    process.stdout.write("locked\\n");
    process.stdin.resume();
    process.stdin.on("end", () => { db.exec("COMMIT"); db.close(); });
  `;
  const child = spawn(process.execPath, ["-e", holder, file], { stdio: ["pipe", "pipe", "inherit"] });
  const [chunk] = await once(child.stdout, "data");
  assert.equal(String(chunk).trim(), "locked");
  return {
    release: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.stdin.end();
      await exited;
    },
  };
}

/** The longest stretch during which timers could not run: how long the event loop was blocked. */
function watchEventLoop(): { stop: () => number } {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  // A failed assertion skips stop(); the interval must not then keep the test process alive.
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(worst, performance.now() - last);
    },
  };
}

/** Generous: the machine is shared, but a blocked event loop stops for seconds, not this long. */
const RESPONSIVE_MS = 300;

/**
 * The schema as the first release wrote it into every file (user_version 1), word for word. A copy on
 * purpose, not an import: the code's first migration follows INQUIRY_KINDS, files already written do not.
 */
const VERSION_1_SCHEMA = `CREATE TABLE inquiries (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     submission_id TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL CHECK (kind IN ('career', 'recruiters', 'freelance')),
     name TEXT NOT NULL,
     email TEXT NOT NULL,
     current_role TEXT,
     wishes TEXT,
     company TEXT,
     positions TEXT,
     skills TEXT,
     rate TEXT,
     created_at TEXT NOT NULL
   );
   CREATE INDEX inquiries_created_at ON inquiries (created_at);`;

function tableSql(file: string): unknown {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.prepare("SELECT sql FROM sqlite_master WHERE name = 'inquiries'").pluck().get();
  } finally {
    raw.close();
  }
}

describe("the schema", () => {
  test("a file made by the first release opens unchanged and takes every kind of inquiry", async () => {
    const file = path.join(temp, "version-1.sqlite");
    const old = new Database(file);
    old.exec(VERSION_1_SCHEMA);
    old.pragma("user_version = 1");
    old.close();
    const before = tableSql(file);

    const store = openSqliteInquiryStore(file);
    for (const [index, kind] of INQUIRY_KINDS.entries()) {
      assert.equal((await store.saveInquiry(inquiry(`version-1-${String(index).padStart(6, "0")}`, { kind }))).status, "stored", kind);
    }
    assert.equal(await store.countInquiries(), INQUIRY_KINDS.length);
    await store.close();
    assert.equal(tableSql(file), before);
  });

  test("a new file refuses a kind the forms do not have", async () => {
    const file = path.join(temp, "unknown-kind.sqlite");
    const store = openSqliteInquiryStore(file);
    await store.saveInquiry(inquiry("unknown-kind-000001"));
    await store.close();
    const raw = new Database(file);
    try {
      assert.throws(() => raw.prepare("UPDATE inquiries SET kind = 'other'").run(), /CHECK constraint failed/);
    } finally {
      raw.close();
    }
  });
});

describe("a write lock held by another process", () => {
  test("a save waits without blocking the event loop, and is stored once when the lock is released", async () => {
    const file = path.join(temp, "locked-released.sqlite");
    const store = openSqliteInquiryStore(file);
    await store.countInquiries();
    const lock = await holdWriteLock(file);
    const watch = watchEventLoop();
    let settled = false;
    try {
      const pending = store.saveInquiry(inquiry("locked-released-0001"));
      void pending.then(
        () => (settled = true),
        () => (settled = true),
      );
      await sleep(600);
      assert.equal(settled, false, "still waiting while the lock is held");
      await lock.release();
      const result = await pending;
      assert.equal(result.status, "stored");
    } finally {
      await lock.release();
    }
    const blockedMs = watch.stop();
    assert.ok(blockedMs < RESPONSIVE_MS, `the event loop was blocked for ${Math.round(blockedMs)} ms`);
    assert.equal(await store.countInquiries(), 1);
    await store.close();
  });

  test("past the bound the save fails as locked (SQLITE_BUSY), the event loop free meanwhile; later saves work", async () => {
    const file = path.join(temp, "locked-timeout.sqlite");
    const store = openSqliteInquiryStore(file, { lockWaitMs: 500 });
    await store.countInquiries();
    const lock = await holdWriteLock(file);
    const watch = watchEventLoop();
    const started = performance.now();
    try {
      await assert.rejects(store.saveInquiry(inquiry("locked-timeout-00001")), (error: unknown) => {
        assert.ok(error instanceof Error);
        assert.equal((error as { code?: unknown }).code, "SQLITE_BUSY");
        assert.match(error.message, /locked/);
        return true;
      });
    } finally {
      await lock.release();
    }
    const elapsed = performance.now() - started;
    const blockedMs = watch.stop();
    assert.ok(elapsed >= 450 && elapsed < 3000, `gave up after ${Math.round(elapsed)} ms`);
    assert.ok(blockedMs < RESPONSIVE_MS, `the event loop was blocked for ${Math.round(blockedMs)} ms`);
    assert.equal((await store.saveInquiry(inquiry("locked-timeout-00002"))).status, "stored");
    assert.equal(await store.countInquiries(), 1);
    await store.close();
  });

  test("reading (the export) is not held up by a writer's lock", async () => {
    const file = path.join(temp, "locked-read.sqlite");
    const site = openSqliteInquiryStore(file);
    await site.saveInquiry(inquiry("locked-read-0000001"));
    const lock = await holdWriteLock(file);
    try {
      const exporter = openSqliteInquiryStore(file, { lockWaitMs: 200 });
      assert.equal((await exporter.listInquiries()).length, 1);
      await exporter.close();
    } finally {
      await lock.release();
    }
    await site.close();
  });
});

/** Where the store is pointed, and how an operator would make it usable again. */
interface Unwritable {
  file: string;
  repair: () => void;
}

const unwritableCases: { name: string; appliesToRoot: boolean; make: (root: string) => Unwritable | Promise<Unwritable> }[] = [
  {
    // mkdir below a regular file fails with ENOTDIR whoever asks, root included.
    name: "DATA_DIR below a regular file",
    appliesToRoot: true,
    make: (root) => {
      const blocker = path.join(root, "blocker");
      fs.writeFileSync(blocker, "");
      return {
        file: path.join(blocker, "data", "inquiries.sqlite"),
        repair: () => {
          fs.rmSync(blocker);
          fs.mkdirSync(blocker);
        },
      };
    },
  },
  {
    name: "DATA_DIR in a read-only folder (chmod 555)",
    appliesToRoot: false,
    make: (root) => {
      const parent = path.join(root, "read-only-parent");
      fs.mkdirSync(parent, { mode: 0o555 });
      return { file: path.join(parent, "data", "inquiries.sqlite"), repair: () => fs.chmodSync(parent, 0o755) };
    },
  },
  {
    name: "DATA_DIR itself read-only (chmod 555)",
    appliesToRoot: false,
    make: (root) => {
      const folder = path.join(root, "read-only-data");
      fs.mkdirSync(folder, { mode: 0o555 });
      return { file: path.join(folder, "inquiries.sqlite"), repair: () => fs.chmodSync(folder, 0o700) };
    },
  },
  {
    name: "an existing database file that is read-only (chmod 444)",
    appliesToRoot: false,
    make: (root) => {
      const folder = path.join(root, "read-only-file");
      const file = path.join(folder, "inquiries.sqlite");
      fs.mkdirSync(folder);
      new Database(file).close();
      fs.chmodSync(file, 0o444);
      return { file, repair: () => fs.chmodSync(file, 0o600) };
    },
  },
  {
    // SQLite opens such a file read-only without a word; a read in between must not keep that.
    name: "a database the site used before, made read-only (chmod 444)",
    appliesToRoot: false,
    make: async (root) => {
      const file = path.join(root, "read-only-used", "inquiries.sqlite");
      const before = openSqliteInquiryStore(file);
      await before.countInquiries();
      await before.close();
      fs.chmodSync(file, 0o444);
      return { file, repair: () => fs.chmodSync(file, 0o600) };
    },
  },
];

describe("a data folder the site cannot write", () => {
  for (const spec of unwritableCases) {
    test(`${spec.name}: the save fails (the open does not throw), and once repaired the next save is stored`, { skip: isRoot && !spec.appliesToRoot ? "chmod does not stop root" : false }, async () => {
      const root = tempDir("inquiry-store-unwritable-");
      const target = await spec.make(root);
      const store = openSqliteInquiryStore(target.file);
      await assert.rejects(store.saveInquiry(inquiry("unwritable-0000000001")));
      await assert.rejects(store.saveInquiry(inquiry("unwritable-0000000001")), "still failing, and tried again");
      // A read in between (a count, the export) may fail or not, but keeps nothing that outlives the repair.
      await store.countInquiries().catch(() => 0);
      target.repair();
      const saved = await store.saveInquiry(inquiry("unwritable-0000000001"));
      assert.equal(saved.status, "stored");
      assert.equal(await store.countInquiries(), 1);
      await store.close();
    });
  }
});

describe("dataDir", () => {
  test("DATA_DIR when set, else ./data", () => {
    const configured = dataDir(configFromEnv({ DATA_DIR: "/srv/site-data" }).inquiries);
    assert.equal(configured, "/srv/site-data");
    assert.equal(inquiryDatabasePath(configured), "/srv/site-data/inquiries.sqlite");
    assert.equal(dataDir(configFromEnv({ DATA_DIR: "relative/data" }).inquiries), path.join(process.cwd(), "relative", "data"));
    assert.equal(dataDir(configFromEnv({}).inquiries), path.join(process.cwd(), "data"));
  });
});

describe("openInquiryStore", () => {
  test("with DATABASE_URL set, PostgreSQL; opening connects to nothing yet", async () => {
    const store = openInquiryStore(configFromEnv({ DATABASE_URL: "postgres://db.invalid/site", DATA_DIR: path.join(temp, "unused") }).inquiries);
    assert.equal(fs.existsSync(path.join(temp, "unused")), false, "no SQLite file beside it");
    await store.close();
  });

  test("a DATABASE_URL that is not PostgreSQL's is refused with an example of one", () => {
    assert.throws(() => openInquiryStore(configFromEnv({ DATABASE_URL: "mysql://db.internal/site" }).inquiries), /postgres:\/\/user:password@db:5432\/site/);
  });
});
