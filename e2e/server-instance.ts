// A second production server of the same build, for specs that need other settings than the
// shared one (another data folder, no proxy in front, a database that goes away).
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "../lib/testing/free-port";

export interface ServerInstance {
  url: string;
  port: number;
  /** Everything the server printed so far (JSON log lines included). */
  output(): string;
  stop(): Promise<void>;
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server at ${url} did not answer within ${timeoutMs} ms`);
}

/** Starts `next start` on a free port with `env` on top of this process's environment. */
export async function startServer(env: Record<string, string | undefined> = {}, timeoutMs = 60_000): Promise<ServerInstance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    // npx starts next as a child of its own: end the whole group.
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  try {
    await waitUntilServing(url, child, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return { url, port, output: () => output, stop };
}
