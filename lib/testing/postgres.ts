// A real PostgreSQL server for tests and the bench: Debian's binaries, a cluster in a temporary
// folder, listening on loopback on a free port, removed afterwards. initdb refuses to run as root,
// so under root the server runs as the `postgres` user the package creates.
import { execFileSync, execSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export interface TemporaryPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`: the superuser, no password (loopback, trust). */
  url: string;
  port: number;
  /** Stops the server, keeping its data: `start` brings the same database back. */
  stop(): void;
  start(): void;
  /** Stops the server and deletes its folder. */
  remove(): void;
}

const BIN_ROOT = "/usr/lib/postgresql";

/** The newest installed server's binaries (`PG_BIN` when set), or null when none is installed. */
export function postgresBinaries(): string | null {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return fs.existsSync(path.join(fromEnv, "initdb")) ? fromEnv : null;
  if (!fs.existsSync(BIN_ROOT)) return null;
  const versions = fs
    .readdirSync(BIN_ROOT)
    .filter((version) => fs.existsSync(path.join(BIN_ROOT, version, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(BIN_ROOT, versions[0], "bin") : null;
}

/** Installs Debian's postgresql package when no server is installed (as root, or through sudo). */
export function ensurePostgresInstalled(): void {
  if (postgresBinaries()) return;
  console.log("PostgreSQL is not installed; installing Debian's postgresql package…");
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql`, { stdio: "inherit" });
  if (!postgresBinaries()) throw new Error("PostgreSQL is still missing after installing it: set PG_BIN to the folder holding initdb and pg_ctl");
}


const isRoot = process.getuid?.() === 0;

/** Runs a server binary as the user that may own the cluster. */
function run(binary: string, args: string[]): void {
  const [command, commandArgs] = isRoot ? ["runuser", ["-u", "postgres", "--", binary, ...args]] : [binary, args];
  const result = spawnSync(command, commandArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${path.basename(binary)} ${args.join(" ")} failed (${result.status}):\n${result.stdout}${result.stderr}`);
}

/** initdb, then the server on a free loopback port. Throws, saying what to install, when it cannot. */
export async function startTemporaryPostgres(): Promise<TemporaryPostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error("PostgreSQL is not installed: apt-get install postgresql (or set PG_BIN to its bin folder)");
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "tcm-postgres-"));
  const data = path.join(folder, "data");
  if (isRoot) execFileSync("chown", ["postgres:postgres", folder]);
  const port = await freePort();
  const pgCtl = path.join(bin, "pg_ctl");
  // fsync off: a test cluster is thrown away, and fsync is most of its start and write time.
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run(pgCtl, ["-D", data, "-l", path.join(folder, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  const stop = () => {
    if (fs.existsSync(path.join(data, "postmaster.pid"))) run(pgCtl, ["-D", data, "-m", "fast", "-w", "stop"]);
  };
  run(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "-N"]);
  start();
  const remove = () => {
    try {
      stop();
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  };
  // A test run that ends without calling remove, or is stopped, must not leave a server behind.
  const removeQuietly = () => {
    try {
      remove();
    } catch {
      // Exiting anyway; nothing more to do.
    }
  };
  process.once("exit", removeQuietly);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      removeQuietly();
      process.exit(130);
    });
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, stop, start, remove };
}
