import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchOutputSchema } from "../../../src/cli/batch-output";
import { ReportSchema } from "../../../src/core/report";
import { DEMO_PAGE, DEMO_TEXT, run } from "./run-cli";

const DEMO_HTML = readFileSync(DEMO_PAGE);
const CANONICAL = "https://united24media.com/latest-news/russian-military-deaths-surge-leaving-kremlin-short-of-troops-without-new-mobilization";
const PLAIN_PAGE = "<!doctype html><html><head><title>Bridge</title></head><body><article><p>Reuters reported that the bridge was closed.</p></article></body></html>";

/** Each route is one way a page can be served, well or badly. */
const ROUTES: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  "/demo": (_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(DEMO_HTML),
  "/plain": (_, res) => res.writeHead(200, { "content-type": "text/html" }).end(PLAIN_PAGE),
  "/untyped": (_, res) => res.end(PLAIN_PAGE),
  "/latin1": (_, res) => res.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" }).end(Buffer.from("Reuters reported that the caf\xe9 was closed.", "latin1")),
  "/moved": (_, res) => res.writeHead(302, { location: "/plain" }).end(),
  "/loop": (_, res) => res.writeHead(301, { location: "/loop" }).end(),
  "/to-file": (_, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end(),
  "/missing": (_, res) => res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>"),
  "/pdf": (_, res) => res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.7"),
  "/declared-huge": (_, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-length": String(20 * 1024 * 1024) });
    res.write("<html>");
  },
  "/streamed-huge": (_, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    const chunk = Buffer.alloc(256 * 1024, "a");
    let sent = 0;
    const pump = () => {
      while (sent < 12 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  },
  "/silent": () => {},
  "/stalled": (_, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<html><body><p>Reuters said");
  },
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    // "/hops/N" redirects N times before the page.
    const hops = /^\/hops\/(\d+)$/.exec(req.url ?? "");
    if (hops) return void res.writeHead(302, { location: Number(hops[1]) > 0 ? `/hops/${Number(hops[1]) - 1}` : "/plain" }).end();
    (ROUTES[req.url ?? ""] ?? ROUTES["/missing"]!)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("sourcelight scan --url", () => {
  it("scans the served demo article like the file, its canonical URL as the article URL", async () => {
    const { code, out, err } = await run(["scan", "--format", "json", "--url", `${base}/demo`]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const fetched = ReportSchema.parse(JSON.parse(out));
    const fromFile = ReportSchema.parse(JSON.parse((await run(["scan", "--format", "json", DEMO_PAGE])).out));
    expect(fetched).toEqual(fromFile);
    expect(fetched.article.url).toBe(CANONICAL);
  });

  it("makes the page URL the article URL, after following a redirect", async () => {
    const { code, out } = await run(["scan", "--format", "json", "--url", `${base}/moved`]);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.article).toMatchObject({ title: "Bridge", url: `${base}/plain` });
    expect(report.claims[0].source.text).toBe("Reuters");
  });

  it("follows five redirects but not six", async () => {
    expect((await run(["scan", "--url", `${base}/hops/4`])).code).toBe(0);
    const tooMany = await run(["scan", "--url", `${base}/hops/5`]);
    expect(tooMany).toEqual({ code: 2, out: "", err: `sourcelight: ${base}/hops/5: more than 5 redirects, not followed\n` });
  });

  it("sniffs a page served without a content type, and decodes the charset the server names", async () => {
    expect(JSON.parse((await run(["scan", "-f", "json", "--url", `${base}/untyped`])).out).article.title).toBe("Bridge");
    const latin1 = JSON.parse((await run(["scan", "-f", "json", "--with-text", "--url", `${base}/latin1`])).out);
    expect(latin1.text).toBe("Reuters reported that the café was closed.");
  });

  it("mixes files and pages in one batch, in command-line order", async () => {
    const { code, out } = await run(["scan", "-f", "json", DEMO_TEXT, "--url", `${base}/plain`, "--url", `${base}/missing`]);
    expect(code).toBe(2);
    const batch = BatchOutputSchema.parse(JSON.parse(out));
    expect(batch.files.map((file) => file.name)).toEqual([DEMO_TEXT, `${base}/plain`, `${base}/missing`]);
    expect(batch.files[2]).toEqual({ name: `${base}/missing`, error: "HTTP 404 Not Found" });
  });

  it.each([
    ["/missing", "HTTP 404 Not Found"],
    ["/pdf", "content type application/pdf is not an HTML or text page"],
    ["/declared-huge", "larger than 10 MB, not scanned"],
    ["/streamed-huge", "larger than 10 MB, not scanned"],
    ["/loop", "more than 5 redirects, not followed"],
    ["/to-file", "redirect to file: refused, only http and https are followed"],
  ])("answers %s with one line and exit 2", async (path, message) => {
    const { code, out, err } = await run(["scan", "--url", `${base}${path}`]);
    expect({ code, out, err }).toEqual({ code: 2, out: "", err: `sourcelight: ${base}${path}: ${message}\n` });
  });

  // These routes never finish their answer: without the time-out firing, the run would hang until the
  // test time-out, and only the time-out writes this message.
  it.each(["/silent", "/stalled"])("gives up on %s after --timeout, whether headers or body are late", async (path) => {
    const { code, err } = await run(["scan", "--timeout", "0.3", "--url", `${base}${path}`]);
    expect(code).toBe(2);
    expect(err).toBe(`sourcelight: ${base}${path}: no complete answer within 0.3 s (see --timeout)\n`);
  });

  it("explains a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((resolve) => closed.close(resolve));
    const { code, err } = await run(["scan", "--url", url]);
    expect(code).toBe(2);
    expect(err).toMatch(/^sourcelight: http:\/\/127\.0\.0\.1:\d+\/: connection refused by 127\.0\.0\.1:\d+\n$/);
  });

  it("explains a host that does not resolve, as Node's fetch reports it", async () => {
    const failingDns: typeof fetch = async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("getaddrinfo ENOTFOUND news.invalid"), { code: "ENOTFOUND" }) });
    };
    const { code, err } = await run(["scan", "--url", "https://news.invalid/story"], { fetch: failingDns });
    expect(code).toBe(2);
    expect(err).toBe("sourcelight: https://news.invalid/story: could not resolve host news.invalid (DNS)\n");
  });

  it.each([
    [["--url", "file:///etc/passwd"], "--url takes http:// or https:// addresses only, not file:"],
    [["--url", "example.com/story"], '--url needs a full http:// or https:// address, not "example.com/story"'],
    [["--timeout", "soon", "--url", "http://127.0.0.1/"], '--timeout takes seconds between 0 and 600, not "soon"'],
  ])("refuses %j before fetching anything", async (args, message) => {
    let fetched = false;
    const spy: typeof fetch = async () => {
      fetched = true;
      throw new Error("must not fetch");
    };
    const { code, err } = await run(["scan", ...args], { fetch: spy });
    expect({ code, err, fetched }).toEqual({ code: 2, err: `sourcelight: ${message}\n`, fetched: false });
  });
});
