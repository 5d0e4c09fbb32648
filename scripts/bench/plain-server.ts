// The baseline for requests per second: Node's own http server sending the page's bytes from
// memory. Run as a separate process, like `next start`, so both share the machine the same way.
//   node --import tsx scripts/bench/plain-server.ts <file> <port> <content-type>
import fs from "node:fs";
import http from "node:http";

const [file, port, contentType] = process.argv.slice(2);
if (!file || !port || !contentType) throw new Error("usage: plain-server.ts <file> <port> <content-type>");
const body = fs.readFileSync(file);

http
  .createServer((_request, response) => {
    response.writeHead(200, { "content-type": contentType, "content-length": body.length });
    response.end(body);
  })
  .listen(Number(port), "127.0.0.1");
