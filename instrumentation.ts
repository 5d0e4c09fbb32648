import type { Instrumentation } from "next";
import type { DirectAnswer } from "./lib/request-guard";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { retiredSettingNotices } = await import("./lib/config");
    for (const notice of retiredSettingNotices(process.env)) console.warn(`注意: ${notice}`);
  }
  // Production server only: the development server posts to endpoints of its own. Both names are
  // read as written, not through lib/config.ts: Next.js replaces them at build time, so a bundle
  // for another runtime or mode drops the Node-only imports below.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production") {
    const [{ installRequestGuard }, { securityHeaders }, { getConfig }, { prepareDatabase }, { answerViewPostOverHttp, VIEW_POST_PATH }, { answerRankingOverHttp, RANKING_PATH }] =
      await Promise.all([
        import("./lib/request-guard"),
        import("./lib/security-headers"),
        import("./lib/config"),
        import("./lib/postgres/start"),
        import("./lib/views/http-post"),
        import("./lib/views/http-ranking"),
      ]);
    const settings = getConfig();
    // Every article page view sends one view post and asks for the ranking once: both are answered
    // before Next.js, through the same answers as their route handlers (which `next dev` uses).
    const directAnswers = new Map<string, DirectAnswer>([
      [`POST ${VIEW_POST_PATH}`, answerViewPostOverHttp],
      [`GET ${RANKING_PATH}`, answerRankingOverHttp],
      [`HEAD ${RANKING_PATH}`, answerRankingOverHttp],
    ]);
    installRequestGuard(securityHeaders({ isDev: false }), settings.inquiries.proxyHops, directAnswers);
    // Not awaited: the server answers pages while the database is reached (or is not).
    void prepareDatabase(settings.inquiries);
  }
}

/** One JSON line per server error, for log collectors; no stack trace ever reaches the reader. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const failure = error instanceof Error ? error : new Error(String(error));
  console.error(
    JSON.stringify({
      level: "error",
      time: new Date().toISOString(),
      message: failure.message,
      digest: "digest" in failure ? String(failure.digest) : undefined,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
    }),
  );
};
