// View counting under load: many readers' beacons at once, each answered and then compared with
// what the store holds; and article latency while they are posted.
import autocannon from "autocannon";
import http from "node:http";
import { openSqliteViewStore } from "../../lib/views/sqlite-store";
import { viewDatabasePath } from "../../lib/views/store";

export const VIEW_CONNECTIONS = 50;
/** Readers of the article page while views are posted: how long a reader waits, not throughput. */
export const ARTICLE_CONNECTIONS = 10;

/** A browser's User-Agent: the route does not count programs that name themselves. */
const BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** Every tenth post repeats the connection's previous reader and article, as a reload would. */
const REPEAT_EVERY = 10;

export interface Latency {
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

export interface ViewFigures {
  seconds: number;
  requests: number;
  /** 202: counted. */
  accepted: number;
  /** 200: not counted (a repeat of the same reader and article). */
  refused: number;
  /** Any other answer, or no answer. */
  errors: number;
  storedTotal: number;
  p50Ms: number;
  p99Ms: number;
  articleAlone: Latency;
  articleWhilePosting: Latency;
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

/** A reader address of its own for each number, as the one proxy in front (INQUIRY_PROXY_HOPS=1) would write it. */
function address(reader: number): string {
  return `10.${(reader >> 16) & 255}.${(reader >> 8) & 255}.${reader & 255}`;
}

function post(agent: http.Agent, origin: URL, slug: string, reader: string): Promise<number> {
  const body = new URLSearchParams({ slug }).toString();
  return new Promise((resolve) => {
    const request = http.request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        path: "/api/views",
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          "user-agent": BROWSER,
          "x-forwarded-for": reader,
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
        response.on("error", () => resolve(0));
      },
    );
    request.on("error", () => resolve(0));
    request.end(body);
  });
}

/**
 * `connections` loops posting views for `seconds`, each waiting for its answer before the next,
 * and every answer counted: requests still running when the time is up are waited for, so the
 * figures cover every post the server saw (autocannon drops those, and the total would not add up).
 */
async function postViews(origin: string, slugs: readonly string[], connections: number, seconds: number) {
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
          : { slug: slugs[(index * 7919 + connection) % slugs.length] ?? "", reader: address(index) };
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

async function articleLoad(url: string, seconds: number): Promise<Latency> {
  const result = await autocannon({ url, connections: ARTICLE_CONNECTIONS, duration: seconds });
  return { p50Ms: result.latency.p50, p99Ms: result.latency.p99, requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx };
}

/**
 * Against a running site whose DATA_DIR is `dataDir` (empty at the start) and which believes one
 * proxy's X-Forwarded-For: article latency alone, then views posted for `seconds` while the
 * article is read, then the store's total for every article.
 */
export async function measureViews(origin: string, articleUrl: string, slugs: readonly string[], dataDir: string, seconds: number): Promise<ViewFigures> {
  await articleLoad(articleUrl, Math.min(2, seconds));
  const articleAlone = await articleLoad(articleUrl, seconds);
  const [posted, articleWhilePosting] = await Promise.all([postViews(origin, slugs, VIEW_CONNECTIONS, seconds), articleLoad(articleUrl, seconds)]);
  const store = openSqliteViewStore(viewDatabasePath(dataDir));
  try {
    const counts = await store.countViews(new Date(0));
    const storedTotal = counts.reduce((sum, count) => sum + count.views, 0);
    return { seconds, ...posted, storedTotal, articleAlone, articleWhilePosting };
  } finally {
    await store.close();
  }
}
