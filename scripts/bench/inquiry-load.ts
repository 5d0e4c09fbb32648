// Inquiries under load (`npm run bench -- --only inquiries`): 50 connections posting to
// POST /api/inquiries for 10 s, against one host on its SQLite file and against two hosts of the
// same build on one PostgreSQL server; every answer counted, then the stored rows.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { openSqliteInquiryStore } from "../../lib/inquiries/sqlite-store";
import { inquiryDatabasePath } from "../../lib/inquiries/store";
import { startTemporaryPostgres } from "../../lib/testing/postgres";
import { DIST_DIR } from "./build";
import { percentile } from "./percentile";
import { postForm } from "./post-form";
import { nextStart, type RunningServer } from "./server";

export const INQUIRY_CONNECTIONS = 50;
const PORTS = [3410, 3411];

export interface InquiryLoadFigures {
  setup: string;
  requests: number;
  /** 201: stored. */
  stored: number;
  /** 5xx answers, or none at all. */
  failures: number;
  /** Any other answer (a 4xx): none expected, every sender is another address. */
  otherAnswers: number;
  /** Rows the store gained: must equal `stored`. */
  rows: number;
  p50Ms: number;
  p99Ms: number;
}

/** A sender address of its own for each submission, as the one proxy in front would write it. */
function address(index: number): string {
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}

function post(agent: http.Agent, origin: URL, index: number, run: string): Promise<number> {
  const fields = {
    kind: "career",
    name: `負荷 ${index}`,
    email: `load-${run}-${index}@example.com`,
    currentRole: "バックエンドエンジニア",
    wishes: "AI 領域への転職を相談したい",
    consent: "yes",
    submissionId: `load-${run}-${String(index).padStart(8, "0")}`,
  };
  return postForm(agent, origin, "/api/inquiries", fields, { "x-forwarded-for": address(index) });
}

/** Connection n posts to origin n mod hosts, each waiting for its answer before the next. */
async function postInquiries(origins: readonly string[], seconds: number, run: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: INQUIRY_CONNECTIONS });
  const urls = origins.map((origin) => new URL(origin));
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  async function loop(connection: number): Promise<void> {
    const url = urls[connection % urls.length];
    if (!url) return;
    while (performance.now() < deadline) {
      const index = next++;
      const started = performance.now();
      const status = await post(agent, url, index, run);
      latencies.push(performance.now() - started);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: INQUIRY_CONNECTIONS }, (_, connection) => loop(connection)));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const count = (match: (status: number) => boolean) => [...statuses].filter(([status]) => match(status)).reduce((sum, [, n]) => sum + n, 0);
  return {
    requests: latencies.length,
    stored: count((status) => status === 201),
    failures: count((status) => status === 0 || status >= 500),
    otherAnswers: count((status) => status !== 0 && status !== 201 && status < 500),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

/** The API reads no content, so the last bench build serves, whatever corpus it was built from. */
function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", INQUIRY_PROXY_HOPS: "1", ...extra };
}

async function warmUp(servers: readonly RunningServer[], run: string): Promise<void> {
  await postInquiries(servers.map((server) => server.origin), 1, `${run}-warm`);
}

export async function measureInquiryLoad(repo: string, seconds: number): Promise<InquiryLoadFigures[]> {
  if (!fs.existsSync(path.join(repo, DIST_DIR, "BUILD_ID"))) {
    throw new Error(`${DIST_DIR} にビルドがありません。先に npm run bench を実行してください`);
  }
  const figures: InquiryLoadFigures[] = [];
  const run = Date.now().toString(36);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-inquiries-"));
  try {
    const server = await nextStart(repo, repo, PORTS[0] ?? 3410, serverEnv({ DATA_DIR: dataDir }), "/api/health");
    try {
      console.log(`お問い合わせ: SQLite、1 台（${INQUIRY_CONNECTIONS} 接続 × ${seconds} 秒）`);
      await warmUp([server], run);
      const store = openSqliteInquiryStore(inquiryDatabasePath(dataDir));
      const before = await store.countInquiries();
      const posted = await postInquiries([server.origin], seconds, run);
      figures.push({ setup: "SQLite, one host", ...posted, rows: (await store.countInquiries()) - before });
      await store.close();
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const postgres = await startTemporaryPostgres();
  try {
    const env = serverEnv({ DATABASE_URL: postgres.url });
    const servers = await Promise.all(PORTS.map((port) => nextStart(repo, repo, port, env, "/api/health")));
    try {
      console.log(`お問い合わせ: PostgreSQL、2 台（${INQUIRY_CONNECTIONS} 接続 × ${seconds} 秒）`);
      await warmUp(servers, run);
      const rowCount = async () => {
        const client = new Client({ connectionString: postgres.url });
        await client.connect();
        try {
          return Number((await client.query<{ count: string }>("SELECT count(*) AS count FROM inquiries")).rows[0]?.count ?? 0);
        } finally {
          await client.end();
        }
      };
      const before = await rowCount();
      const posted = await postInquiries(servers.map((server) => server.origin), seconds, run);
      figures.push({ setup: "PostgreSQL, two hosts", ...posted, rows: (await rowCount()) - before });
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
  } finally {
    postgres.remove();
  }
  return figures;
}
