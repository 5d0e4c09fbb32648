// One form POST over a kept-alive connection, answered with its status (0 when none came).
import http from "node:http";

export function postForm(agent: http.Agent, origin: URL, pathname: string, fields: Record<string, string>, headers: Record<string, string>): Promise<number> {
  const body = new URLSearchParams(fields).toString();
  return new Promise((resolve) => {
    const request = http.request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        path: pathname,
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body), ...headers },
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
