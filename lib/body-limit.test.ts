import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { parseForm, readBodyWithin } from "./body-limit";

/** A request whose body arrives in `chunks` with no declared length, as a chunked upload does. */
function streamed(
  chunks: Uint8Array[],
  { onPull = () => undefined, headers = {} }: { onPull?: () => void; headers?: Record<string, string> } = {},
): { request: Request; cancelled: () => boolean } {
  let index = 0;
  let cancelled = false;
  const source: UnderlyingDefaultSource<Uint8Array> = {
    pull(controller) {
      onPull();
      const chunk = chunks[index];
      index += 1;
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  };
  // Pulled only when read, so the pulls counted are the reads.
  const body = new ReadableStream<Uint8Array>(source, { highWaterMark: 0 });
  const init: RequestInit & { duplex: "half" } = { method: "POST", body, headers, duplex: "half" };
  return { request: new Request("http://localhost/", init), cancelled: () => cancelled };
}

const KB = 1024;

describe("readBodyWithin", () => {
  test("reads a body without a length that stays within the limit", async () => {
    const { request } = streamed([new TextEncoder().encode("name=a&"), new TextEncoder().encode("kind=career")]);
    const body = await readBodyWithin(request, 64 * KB);
    assert.equal(body.status, "ok");
    assert.equal(body.status === "ok" && new TextDecoder().decode(body.bytes), "name=a&kind=career");
  });

  test("accepts exactly the limit", async () => {
    const { request } = streamed([new Uint8Array(10), new Uint8Array(6)]);
    const body = await readBodyWithin(request, 16);
    assert.equal(body.status === "ok" && body.bytes.byteLength, 16);
  });

  test("stops at the first chunk past the limit of a body without a length, and leaves the rest unread", async () => {
    let pulls = 0;
    const chunk = new Uint8Array(64 * KB);
    // 3 MB if it were read to the end.
    const { request, cancelled } = streamed(
      Array.from({ length: 48 }, () => chunk),
      { onPull: () => (pulls += 1) },
    );
    assert.deepEqual(await readBodyWithin(request, 1024 * KB), { status: "too-large" });
    assert.ok(pulls <= 18, `read ${pulls} chunks of 64 KB for a 1 MB limit`);
    assert.equal(cancelled(), false, "the connection is not cut under the answer");
  });

  test("refuses a declared length over the limit without reading", async () => {
    let pulls = 0;
    const { request } = streamed([new Uint8Array(10)], { onPull: () => (pulls += 1), headers: { "content-length": "100" } });
    assert.deepEqual(await readBodyWithin(request, 64), { status: "too-large" });
    assert.equal(pulls, 0);
  });

  test("a body shorter than its declared length is still counted as it arrives", async () => {
    const { request } = streamed([new Uint8Array(40), new Uint8Array(40)], { headers: { "content-length": "10" } });
    assert.deepEqual(await readBodyWithin(request, 64), { status: "too-large" });
  });

  test("no body is an empty one", async () => {
    const body = await readBodyWithin(new Request("http://localhost/", { method: "POST" }), 64);
    assert.equal(body.status === "ok" && body.bytes.byteLength, 0);
  });
});

describe("parseForm", () => {
  test("reads urlencoded and multipart forms", async () => {
    const urlencoded = await parseForm(new TextEncoder().encode("kind=career&name=%E5%B1%B1%E7%94%B0"), "application/x-www-form-urlencoded");
    assert.equal(urlencoded?.get("name"), "山田");
    const form = new FormData();
    form.append("kind", "freelance");
    const encoded = new Response(form);
    const multipart = await parseForm(new Uint8Array(await encoded.arrayBuffer()), encoded.headers.get("content-type"));
    assert.equal(multipart?.get("kind"), "freelance");
  });

  test("anything else is not a form", async () => {
    assert.equal(await parseForm(new TextEncoder().encode("--xx\r\ngarbage"), "multipart/form-data; boundary=xx"), null);
    assert.equal(await parseForm(new TextEncoder().encode("{}"), "application/json"), null);
    assert.equal(await parseForm(new TextEncoder().encode("a=1"), null), null);
  });
});
