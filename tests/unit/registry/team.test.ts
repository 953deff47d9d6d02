import { describe, expect, it } from "vitest";
import { refreshTeamRegistry, type TeamCache, type TeamFetch, type TeamResponse } from "../../../src/core/registry/team";
import { exportUserEntries } from "../../../src/core/registry/user";
import { entry } from "./fixture";

const URL_OK = "https://newsroom.example/registry.json";
const entries = [entry({ id: "local-paper", name: "Local Paper", kind: "news-outlet", country: "FR" })];
const now = () => new Date("2026-03-01T10:00:00Z");

function response(status: number, body: string, headers: Record<string, string> = {}): TeamResponse {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { status, headers: { get: (name) => lower[name.toLowerCase()] ?? null }, text: async () => body };
}

function fakeFetch(answer: (url: string, headers: Record<string, string>) => TeamResponse | Promise<TeamResponse>) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetch: TeamFetch = async (url, init) => {
    calls.push({ url, headers: init.headers });
    return answer(url, init.headers);
  };
  return { fetch, calls };
}

const good: TeamCache = { url: URL_OK, etag: '"v1"', fetchedAt: "2026-02-01T00:00:00.000Z", entries };

describe("refreshTeamRegistry", () => {
  it("fetches, validates and caches with the ETag", async () => {
    const { fetch } = fakeFetch(() => response(200, exportUserEntries(entries), { ETag: '"v1"' }));
    const result = await refreshTeamRegistry({ url: URL_OK, cache: null, fetch, now });
    expect(result.status).toBe("updated");
    expect(result.cache).toEqual({ url: URL_OK, etag: '"v1"', fetchedAt: "2026-03-01T10:00:00.000Z", entries });
  });

  it("sends If-None-Match and keeps the copy on 304", async () => {
    const { fetch, calls } = fakeFetch(() => response(304, ""));
    const result = await refreshTeamRegistry({ url: URL_OK, cache: good, fetch, now });
    expect(calls[0]!.headers["If-None-Match"]).toBe('"v1"');
    expect(result.status).toBe("not-modified");
    expect(result.cache?.entries).toEqual(entries);
    expect(result.cache?.fetchedAt).toBe("2026-03-01T10:00:00.000Z");
  });

  it("refuses plain HTTP without fetching", async () => {
    const { fetch, calls } = fakeFetch(() => response(200, "[]"));
    const result = await refreshTeamRegistry({ url: "http://newsroom.example/r.json", cache: null, fetch, now });
    expect(result).toMatchObject({ status: "failed", error: expect.stringMatching(/HTTPS/) });
    expect(calls).toHaveLength(0);
  });

  it.each([
    ["a network error", () => Promise.reject(new Error("ECONNRESET")), /could not be fetched/],
    ["a server error", () => response(500, "oops"), /HTTP 500/],
    ["invalid JSON", () => response(200, "{"), /not valid JSON/],
    ["an invalid entry", () => response(200, JSON.stringify([{ id: "x" }])), /Entry 1/],
    ["a declared oversize body", () => response(200, "[]", { "Content-Length": String(6 * 1024 * 1024) }), /larger than/],
  ])("keeps the last good copy after %s", async (_label, answer, reason) => {
    const { fetch } = fakeFetch(answer as () => TeamResponse);
    const result = await refreshTeamRegistry({ url: URL_OK, cache: good, fetch, now });
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(reason);
    expect(result.cache).toBe(good);
  });

  it("rejects a body over the size limit even without Content-Length", async () => {
    const { fetch } = fakeFetch(() => response(200, " ".repeat(2000) + "[]"));
    const result = await refreshTeamRegistry({ url: URL_OK, cache: good, fetch, now, maxBytes: 1000 });
    expect(result).toMatchObject({ status: "failed", cache: good });
  });

  it("gives up after the time-out and keeps the copy", async () => {
    const { fetch } = fakeFetch(() => new Promise<TeamResponse>(() => undefined));
    const result = await refreshTeamRegistry({ url: URL_OK, cache: good, fetch, now, timeoutMs: 20 });
    expect(result).toMatchObject({ status: "failed", cache: good, error: expect.stringMatching(/in time/) });
  });

  it("does not reuse a cache made for another URL", async () => {
    const { fetch, calls } = fakeFetch(() => response(500, ""));
    const result = await refreshTeamRegistry({ url: "https://other.example/r.json", cache: good, fetch, now });
    expect(calls[0]!.headers["If-None-Match"]).toBeUndefined();
    expect(result.cache).toBeNull();
  });
});
