// Requests per second and latency under concurrent load, for the site and for a plain server.
import autocannon from "autocannon";
import fs from "node:fs";
import path from "node:path";
import { portFree, start, stop, waitForHttp } from "./processes";

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export const CONNECTIONS = 50;

async function cannon(url: string, durationSeconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: durationSeconds });
}

/** A short unmeasured run first, so neither server is measured while its JIT is still cold. */
export async function load(url: string, durationSeconds: number): Promise<LoadFigures> {
  await cannon(url, Math.min(2, durationSeconds));
  const result = await cannon(url, durationSeconds);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export async function loadPlainServer(repo: string, html: Buffer, contentType: string, port: number, durationSeconds: number): Promise<LoadFigures> {
  if (!(await portFree(port))) throw new Error(`ポート ${port} は使用中です`);
  const file = path.join(repo, ".bench", "page.html");
  fs.writeFileSync(file, html);
  const server = start(process.execPath, ["--import", "tsx", path.join(repo, "scripts", "bench", "plain-server.ts"), file, String(port), contentType], { cwd: repo, env: process.env });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForHttp(url, server, 30_000);
    return await load(url, durationSeconds);
  } finally {
    await stop(server);
    fs.rmSync(file, { force: true });
  }
}
