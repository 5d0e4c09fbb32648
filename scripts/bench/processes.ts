// Child processes of the benchmark: started in their own process group so that one signal reaches
// npm, next and every worker they fork, and nothing outlives the benchmark.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export interface Started {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** stdout and stderr as they arrived, for error messages. */
  output: () => string;
}

const running = new Set<ChildProcess>();

export interface StartOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  log?: string;
  onOutput?: (text: string) => void;
}

export function start(command: string, args: string[], options: StartOptions): Started {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  const chunks: string[] = [];
  const log = options.log ? fs.createWriteStream(options.log) : null;
  const collect = (chunk: Buffer) => {
    chunks.push(chunk.toString());
    log?.write(chunk);
    options.onOutput?.(chunk.toString());
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => {
      running.delete(child);
      log?.end();
      resolve(code);
    });
    child.on("error", (error) => {
      running.delete(child);
      chunks.push(String(error));
      resolve(-1);
    });
  });
  return { child, exited, output: () => chunks.join("") };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole group, SIGKILL to whatever is left after a grace period. */
export async function stop(started: Started, graceMs = 5000): Promise<void> {
  const pid = started.child.pid;
  if (pid === undefined) return;
  signalGroup(started.child, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pid)) signalGroup(started.child, "SIGKILL");
  await Promise.race([started.exited, sleep(1000)]);
}

/** Last resort for Ctrl-C and crashes: synchronous, so it also runs from an exit handler. */
export function killAll(): void {
  for (const child of running) signalGroup(child, "SIGKILL");
  running.clear();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" "))
      .filter((token) => token.trim() !== "")
      .map(Number);
  } catch {
    return [];
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** User + system CPU of one process so far, in ms (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMsOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces; the fields after it start past its ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) || 0) + (Number(fields[12]) || 0)) * (1000 / CLOCK_TICKS);
  } catch {
    return 0;
  }
}

/** Linux reports CPU time in clock ticks of 1/100 s on every common configuration. */
const CLOCK_TICKS = 100;

function treePids(root: number): number[] {
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...childrenOf(pid));
  }
  return [...seen];
}

/**
 * Samples the tree until stopped: the highest sum of RSS seen (pages shared between processes
 * count once per process, as `ps` adds them up: an upper bound of what the tree needs), and the
 * CPU time of every process that lived through a sample (the last reading of each). Workers killed rather than waited for
 * are missing from the shell's own accounting (`times`), hence the sampling.
 */
export function sampleTree(root: number, everyMs = 200): { stop: () => { peakRssBytes: number; cpuMs: number } } {
  let peak = 0;
  const cpu = new Map<number, number>();
  const sample = () => {
    let rss = 0;
    for (const pid of treePids(root)) {
      rss += rssBytes(pid);
      cpu.set(pid, Math.max(cpu.get(pid) ?? 0, cpuMsOf(pid)));
    }
    peak = Math.max(peak, rss);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakRssBytes: peak, cpuMs: [...cpu.values()].reduce((sum, ms) => sum + ms, 0) };
    },
  };
}

/** A port nothing listens on now, chosen by the system. */
export { freePort } from "../../lib/testing/free-port";

export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Polls `url` until it answers 200; fails early when the server process has exited. */
export async function waitForHttp(url: string, started: Started, timeoutMs = 90_000): Promise<void> {
  let exitCode: number | null | undefined;
  void started.exited.then((code) => {
    exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`サーバーが終了しました (code ${exitCode}):\n${started.output().slice(-2000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${url} が ${timeoutMs / 1000} 秒以内に応答しませんでした:\n${started.output().slice(-2000)}`);
}
