// Posts page views as many readers would, for `npm run bench` (scripts/bench/views.ts), in a
// process of its own; prints one JSON line of what the server answered.
//   node --import tsx scripts/bench/view-poster.ts <origin> <seconds> <connections> <slugs.json> <first reader>
import fs from "node:fs";
import http from "node:http";
import { percentile } from "./percentile";
import { postForm } from "./post-form";

/** A browser's User-Agent: the route does not count programs that name themselves. */
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** Every tenth post repeats the connection's previous reader and article, as a reload would. */
const REPEAT_EVERY = 10;

export interface PostedViews {
  requests: number;
  /** 202: counted. */
  accepted: number;
  /** 200: not counted (a repeat of the same reader and article). */
  refused: number;
  /** Any other answer, or none. */
  errors: number;
  p50Ms: number;
  p99Ms: number;
}

/** A reader address of its own for each number, as the one proxy in front (INQUIRY_PROXY_HOPS=1) would write it. */
function address(reader: number): string {
  return `10.${(reader >> 16) & 255}.${(reader >> 8) & 255}.${reader & 255}`;
}

function post(agent: http.Agent, origin: URL, slug: string, reader: string): Promise<number> {
  return postForm(agent, origin, "/api/views", { slug }, { "user-agent": BROWSER, "x-forwarded-for": reader });
}

/**
 * `connections` loops posting views for `seconds`, each waiting for its answer before the next,
 * and every answer counted: requests still running when the time is up are waited for, so the
 * figures cover every post the server saw (autocannon drops those, and the total would not add up).
 */
async function postViews(origin: string, slugs: readonly string[], connections: number, seconds: number, firstReader: number): Promise<PostedViews> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(origin);
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  async function loop(connection: number): Promise<void> {
    let previous: { slug: string; reader: string } | null = null;
    for (let sent = 0; performance.now() < deadline; sent += 1) {
      const index = next++;
      const view: { slug: string; reader: string } =
        previous && sent % REPEAT_EVERY === REPEAT_EVERY - 1
          ? previous
          : { slug: slugs[(index * 7919 + connection) % slugs.length] ?? "", reader: address(firstReader + index) };
      previous = view;
      const started = performance.now();
      const status = await post(agent, url, view.slug, view.reader);
      latencies.push(performance.now() - started);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: connections }, (_, connection) => loop(connection)));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const accepted = statuses.get(202) ?? 0;
  const refused = statuses.get(200) ?? 0;
  return { requests: latencies.length, accepted, refused, errors: latencies.length - accepted - refused, p50Ms: percentile(latencies, 0.5), p99Ms: percentile(latencies, 0.99) };
}


const [origin, seconds, connections, slugFile, firstReader] = process.argv.slice(2);
if (!origin || !seconds || !connections || !slugFile || !firstReader) throw new Error("usage: view-poster.ts <origin> <seconds> <connections> <slugs.json> <first reader>");
const slugs: unknown = JSON.parse(fs.readFileSync(slugFile, "utf8"));
if (!Array.isArray(slugs) || !slugs.every((slug) => typeof slug === "string")) throw new Error(`${slugFile}: slug の配列ではありません`);
console.log("posting");
console.log(JSON.stringify(await postViews(origin, slugs, Number(connections), Number(seconds), Number(firstReader))));
