// POST /api/views answered on the production server's own HTTP server, before Next.js: a view post
// costs about 2 ms of CPU through Next.js's routing and route handler (what any route costs here)
// against a fraction of that here, and every article page sends one. Under 50 connections posting
// views the article pages' p99 went from 48 ms to 140 ms through the route handler.
// The answer is the route handler's (answerViewPost); only the reading and writing differ.
import type http from "node:http";
import { joinChunks, type LimitedBody } from "../body-limit";
import { logDirectFailure, sendJson } from "../direct-json";
import { answerViewPost, MAX_VIEW_BODY_BYTES, type ViewAnswer } from "./post";
import type { HeaderList } from "../security-headers";

export const VIEW_POST_PATH = "/api/views";

/** The request's body up to `limit` bytes, or null when the client went away before sending it all. */
function readWithin(request: http.IncomingMessage, limit: number): Promise<LimitedBody | null> {
  if (Number(request.headers["content-length"]) > limit) {
    request.resume();
    return Promise.resolve({ status: "too-large" });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const finish = (body: LimitedBody | null) => {
      request.off("data", onData).off("end", onEnd).off("close", onClose).off("error", onClose);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received <= limit) return void chunks.push(chunk);
      finish({ status: "too-large" });
      // The rest is read and dropped: closing the connection instead could reset it before
      // the 413 has reached the client.
      request.resume();
    };
    const onEnd = () => finish({ status: "ok", bytes: joinChunks(chunks, received) });
    const onClose = () => finish(null);
    request.on("data", onData).on("end", onEnd).on("close", onClose).on("error", onClose);
  });
}

function requestHeaders(request: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

function send(response: http.ServerResponse, extraHeaders: HeaderList, answer: ViewAnswer): void {
  sendJson(response, extraHeaders, { ...answer, cacheControl: "no-store" });
}

/** Answers one POST /api/views; run it inside the request's client-address context. */
export async function answerViewPostOverHttp(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  extraHeaders: HeaderList,
  answer: typeof answerViewPost = answerViewPost,
): Promise<void> {
  try {
    const body = await readWithin(request, MAX_VIEW_BODY_BYTES);
    if (body === null) return;
    send(response, extraHeaders, await answer(requestHeaders(request), body));
  } catch (error) {
    logDirectFailure(error, "POST", VIEW_POST_PATH);
    if (!response.headersSent) send(response, extraHeaders, { status: 500, body: { counted: false, message: "閲覧数を受け付けられませんでした" } });
  }
}
