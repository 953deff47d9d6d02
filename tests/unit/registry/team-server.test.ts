/**
 * The team registry against a real HTTP server on 127.0.0.1 and Node's fetch (a real Response
 * with a body stream, as in the extension): garbage, a server that never answers, one that stalls
 * mid-body, and 50 MB with and without Content-Length. Each fails with a clear message, keeps the
 * last good copy, and the 50 MB answers are never downloaded whole: the server sees the client
 * stop long before it could send them.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshTeamRegistry, TEAM_MAX_BYTES, type TeamCache, type TeamFetch } from "../../../src/core/registry/team";
import { exportUserEntries } from "../../../src/core/registry/user";
import { entry } from "./fixture";

const FIFTY_MB = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20);
const entries = [entry({ id: "local-paper", name: "Local Paper", kind: "news-outlet", country: "FR" })];
const TEAM_URL = "https://team.example/registry.json";
const good: TeamCache = { url: TEAM_URL, etag: null, fetchedAt: "2026-02-01T00:00:00.000Z", entries };
const now = () => new Date("2026-03-01T10:00:00Z");

/** Bytes each streamed answer managed to send, and whether the client hung up before its end. */
const sent = new Map<string, { bytes: number; cutOff: boolean }>();

/** Writes up to `total` bytes as fast as the client reads them, recording how far it got. */
function stream(name: string, response: ServerResponse, total: number) {
  const record = { bytes: 0, cutOff: false };
  sent.set(name, record);
  response.on("close", () => (record.cutOff = record.bytes < total));
  const pump = () => {
    while (record.bytes < total && !response.destroyed) {
      record.bytes += CHUNK.length;
      if (!response.write(CHUNK)) return void response.once("drain", pump);
    }
    if (!response.destroyed) response.end();
  };
  pump();
}

const server = createServer((request, response) => {
  switch (request.url) {
    case "/good":
      return void response.writeHead(200, { "content-type": "application/json" }).end(exportUserEntries(entries));
    case "/garbage":
      return void response.writeHead(200, { "content-type": "application/json" }).end("<html>\u0000\u00ff not json {[");
    case "/never":
      return; // headers never come
    case "/stall":
      response.writeHead(200, { "content-type": "application/json" });
      return void response.write("[{");
    case "/huge-declared":
      response.writeHead(200, { "content-type": "application/json", "content-length": String(FIFTY_MB) });
      return stream("huge-declared", response, FIFTY_MB);
    case "/huge-chunked":
      response.writeHead(200, { "content-type": "application/json" }); // chunked: no Content-Length
      return stream("huge-chunked", response, FIFTY_MB);
    default:
      response.writeHead(404).end();
  }
});
let origin = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The team URL must be HTTPS; the test's fetch sends it to a path of the local server instead. */
const fetchFrom = (path: string): TeamFetch => (_url, init) => fetch(`${origin}${path}`, init);

const refresh = (path: string, timeoutMs = 2_000) =>
  refreshTeamRegistry({ url: TEAM_URL, cache: good, fetch: fetchFrom(path), now, timeoutMs });

describe("team registry from a real server", () => {
  it("a valid file is fetched (the setup works)", async () => {
    const result = await refreshTeamRegistry({ url: TEAM_URL, cache: null, fetch: fetchFrom("/good"), now });
    expect(result).toMatchObject({ status: "updated", cache: { entries } });
  });

  it.each([
    ["garbage", "/garbage", /was rejected: .*not valid JSON/],
    ["a server that never answers", "/never", /did not answer in time/],
    ["a server that stalls mid-body", "/stall", /did not answer in time/],
  ])("%s: a clear error, the last good copy kept", async (_what, path, message) => {
    const result = await refresh(path, 300);
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(message);
    expect(result.cache).toBe(good);
  });

  it.each(["huge-declared", "huge-chunked"])("50 MB (%s): refused at the limit without reading it all", async (name) => {
    const result = await refresh(`/${name}`, 60_000);
    expect(result).toMatchObject({ status: "failed", cache: good, error: `The team registry is larger than ${TEAM_MAX_BYTES} bytes.` });
    // The client hung up: the server could not send the 50 MB, only the limit plus what socket buffers held.
    const record = await waitForClose(name);
    expect(record.cutOff).toBe(true);
    expect(record.bytes).toBeLessThan(FIFTY_MB / 2);
  });
});

async function waitForClose(name: string) {
  for (let i = 0; i < 100; i++) {
    const record = sent.get(name);
    if (record?.cutOff) return record;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return sent.get(name) ?? { bytes: -1, cutOff: false };
}
