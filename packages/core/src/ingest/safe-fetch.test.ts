import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchFailedError, FetchRefusedError } from "./errors.ts";
import { FetchTooLargeError, safeFetch } from "./safe-fetch.ts";

const PAGE = "<html><head><title>Hello</title></head><body><p>Hi there.</p></body></html>";
let server: http.Server;
let base: string;
let port: number;
let connections = 0;
let bigBytesSent = 0;
const hosts: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hosts.push(String(req.headers.host));
    const path = req.url ?? "/";
    if (path === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE);
    } else if (path.startsWith("/redirect-to?")) {
      res.writeHead(302, { location: decodeURIComponent(path.slice("/redirect-to?".length)) });
      res.end();
    } else if (path.startsWith("/loop/")) {
      const n = Number(path.slice(6));
      res.writeHead(301, { location: `/loop/${n + 1}` });
      res.end();
    } else if (path === "/big") {
      // 50 MB of HTML, streamed in 64 KB chunks without a Content-Length.
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      let sent = 0;
      const write = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          bigBytesSent = sent;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      res.on("close", () => void 0);
      write();
    } else if (path === "/bomb") {
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      res.end(gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20)));
    } else if (path === "/pdf") {
      res.writeHead(200, { "content-type": "application/pdf" });
      res.end("%PDF-1.4");
    } else if (path === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html>");
    } else if (path === "/gone") {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("no");
    } else {
      res.writeHead(500);
      res.end();
    }
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowLoopbackForTests: true } as const;

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: Error) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusedError);
  return (error as Error).message;
}

describe("safeFetch", () => {
  it("refuses a loopback URL unless the test-only option is given", async () => {
    const before = connections;
    expect(await refusal(safeFetch(`${base}/page`))).toBe(
      "Refused: 127.0.0.1 is a loopback address",
    );
    expect(connections).toBe(before);
    const ok = await safeFetch(`${base}/page`, local);
    expect(ok.body.toString()).toBe(PAGE);
    expect(ok.mimeType).toBe("text/html");
  });

  it("re-checks every redirect: a local page redirecting to cloud metadata or a private address is refused", async () => {
    const toMeta = `${base}/redirect-to?${encodeURIComponent("http://169.254.169.254/latest/meta-data/")}`;
    expect(await refusal(safeFetch(toMeta, local))).toMatch(
      /^Refused: redirected to http:\/\/169\.254\.169\.254\/latest\/meta-data\/: 169\.254\.169\.254 is a link-local address \(cloud metadata/,
    );
    const toPrivate = `${base}/redirect-to?${encodeURIComponent("http://10.0.0.8/admin")}`;
    expect(await refusal(safeFetch(toPrivate, local))).toMatch(/10\.0\.0\.8 is a private address/);
    const toFile = `${base}/redirect-to?${encodeURIComponent("file:///etc/passwd")}`;
    expect(await refusal(safeFetch(toFile, local))).toMatch(/not file/);
    // A redirect to a public-looking name whose DNS answer is loopback, without the test option.
    const resolver = async () => [{ address: "127.0.0.1", family: 4 as const }];
    expect(await refusal(safeFetch(`http://news.example.com:${port}/page`, { resolver }))).toBe(
      "Refused: news.example.com resolves to 127.0.0.1, which is a loopback address",
    );
  });

  it("follows at most 5 redirects", async () => {
    const ok = await safeFetch(`${base}/redirect-to?${encodeURIComponent("/page")}`, local);
    expect(ok.redirects).toEqual([`${base}/page`]);
    expect(await refusal(safeFetch(`${base}/loop/0`, local))).toMatch(/more than 5 redirects/);
  });

  it("refuses a host name when any of its DNS answers is private, without connecting", async () => {
    const before = connections;
    const resolver = async () => [
      { address: "93.184.216.34", family: 4 as const },
      { address: "10.0.0.5", family: 4 as const },
    ];
    expect(await refusal(safeFetch("http://public.example.org/", { resolver }))).toBe(
      "Refused: public.example.org resolves to 10.0.0.5, which is a private address",
    );
    const mapped = async () => [{ address: "::ffff:169.254.169.254", family: 6 as const }];
    expect(await refusal(safeFetch("http://meta.example.org/", { resolver: mapped }))).toMatch(
      /resolves to ::ffff:169\.254\.169\.254, which is a link-local address/,
    );
    expect(connections).toBe(before);
  });

  it("connects to the address it checked (no second DNS resolution)", async () => {
    let lookups = 0;
    const resolver = async () => {
      lookups++;
      return [{ address: "127.0.0.1", family: 4 as const }];
    };
    const res = await safeFetch(`http://rebind.example.net:${port}/page`, { ...local, resolver });
    expect(res.body.toString()).toBe(PAGE);
    expect(lookups).toBe(1);
    expect(hosts.at(-1)).toBe(`rebind.example.net:${port}`);
  });

  it("cuts a 50 MB response at the 5 MB cap without reading it all", async () => {
    const rssBefore = process.memoryUsage().rss;
    const error = await safeFetch(`${base}/big`, local).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FetchTooLargeError);
    expect((error as Error).message).toMatch(
      /^Refused: the response is larger than the 5 MB limit \(stopped reading after 5(\.\d)? MB\)$/,
    );
    expect((error as FetchTooLargeError).bytesRead).toBeLessThanOrEqual(
      5 * 1024 * 1024 + 64 * 1024,
    );
    await new Promise((r) => setTimeout(r, 100));
    // The server could only push what the socket buffers took before the connection was cut.
    expect(bigBytesSent).toBeLessThan(20 * 1024 * 1024);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(40 * 1024 * 1024);
  });

  it("caps the decompressed size too (gzip bomb)", async () => {
    const error = await safeFetch(`${base}/bomb`, local).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FetchTooLargeError);
  });

  it("refuses content types other than HTML and plain text", async () => {
    expect(await refusal(safeFetch(`${base}/pdf`, local))).toMatch(
      /is application\/pdf; only text\/html, application\/xhtml\+xml, text\/plain/,
    );
  });

  it("gives up on a server that stops sending", async () => {
    const error = await safeFetch(`${base}/slow`, { ...local, timeoutMs: 500 }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(FetchFailedError);
    expect((error as Error).message).toMatch(/timed out/);
  });

  it("reports HTTP errors with the status", async () => {
    const error = await safeFetch(`${base}/gone`, local).catch((e: Error) => e);
    expect(error).toBeInstanceOf(FetchFailedError);
    expect((error as FetchFailedError).status).toBe(404);
  });
});
