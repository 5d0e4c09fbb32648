// Request bodies read up to a limit, counted as they arrive, so a body sent without a length
// (Transfer-Encoding: chunked) is held to the same limit as one that declares it.

export type LimitedBody = { status: "ok"; bytes: Uint8Array<ArrayBuffer> } | { status: "too-large" };

/**
 * The body of `request` if it is at most `limit` bytes. A declared Content-Length over the limit
 * is refused without reading; otherwise reading stops at the first chunk past the limit, so no
 * more than the limit and one chunk is ever held, whatever the client sends or declares.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<LimitedBody> {
  if (Number(request.headers.get("content-length")) > limit) return { status: "too-large" };
  if (!request.body) return { status: "ok", bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      // Left unread rather than cancelled: cancelling the body of a Node.js request destroys it,
      // which closes the connection, at times before the 413 has reached the client.
      reader.releaseLock();
      return { status: "too-large" };
    }
    chunks.push(value);
  }
  return { status: "ok", bytes: joinChunks(chunks, received) };
}

/** The chunks of a body read within its limit, as one array of `total` bytes. */
export function joinChunks(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The form in `bytes` (urlencoded or multipart, as `contentType` says), or null if it is not one. */
export async function parseForm(bytes: Uint8Array<ArrayBuffer>, contentType: string | null): Promise<FormData | null> {
  try {
    return await new Response(bytes, { headers: contentType ? { "content-type": contentType } : {} }).formData();
  } catch {
    return null;
  }
}
