// `next start` for a built app, on loopback, stopped with everything it forked.
import path from "node:path";
import { portFree, start, stop, waitForHttp, type Started } from "./processes";

export interface RunningServer {
  origin: string;
  stop: () => Promise<void>;
}

/** The repository's own `next` binary: `npx` in a folder without node_modules could download one. */
export function nextBin(repo: string): string {
  return path.join(repo, "node_modules", "next", "dist", "bin", "next");
}

export async function nextStart(repo: string, cwd: string, port: number, env: NodeJS.ProcessEnv, readyPath: string): Promise<RunningServer> {
  if (!(await portFree(port))) throw new Error(`ポート ${port} は使用中です。前回の bench が残っていないか確認してください`);
  const server: Started = start(process.execPath, [nextBin(repo), "start", "-p", String(port), "-H", "127.0.0.1"], { cwd, env });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}${readyPath}`, server);
  } catch (error) {
    await stop(server);
    throw error;
  }
  return { origin, stop: () => stop(server) };
}
