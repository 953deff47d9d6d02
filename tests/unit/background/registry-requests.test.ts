import { describe, expect, it } from "vitest";
import { createRegistry, type RegistryEntry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { createBackground } from "../../../src/background/handler";
import { registryLayers, TEAM_CACHE_KEY, USER_ENTRIES_KEY } from "../../../src/background/registry-layers";
import { publisherOf } from "../../../src/background/publisher";
import { emptyPageMeta } from "../../../src/core/page-meta";
import type { TeamFetch } from "../../../src/core/registry/team";
import { contentSender, fakePlatform, popupSender } from "../fakes/platform";
import { pageScanned } from "../fakes/scan";

const bundled = bundledEntries();

const OWN_SOURCE: RegistryEntry = {
  id: "kyiv-reform-monitor", name: "Kyiv Reform Monitor", kind: "think-tank", country: "UA", aliases: ["Reform Monitor"],
  acronyms: [], domains: [], description: "A Kyiv think tank tracking reforms.", parent: null, roles: [],
};

function setUp(fetch?: TeamFetch) {
  const platform = fakePlatform();
  const layers = registryLayers(platform.local, () => bundled);
  const background = createBackground(platform, { registry: createRegistry(bundled), layers, fetch, now: () => Date.UTC(2026, 0, 30) });
  const ask = (message: unknown) => background.handle(message, popupSender);
  return { platform, background, layers, ask };
}

describe("registry/details", () => {
  it("gives country, description and the role a person held on each date", async () => {
    const { ask } = setUp();
    const reply = await ask({
      type: "registry/details",
      lookups: [
        { id: "petro-poroshenko", on: "2016-03" },
        { id: "petro-poroshenko", on: "2021-01-01" },
        { id: "csis", on: null },
        { id: "no-such-entry", on: null },
      ],
    });
    expect(reply.ok).toBe(true);
    const value = (reply as { value: { id: string; on: string | null; country: string | null; role: { title: string; organisation: string } | null; layer: string }[] }).value;
    expect(value).toHaveLength(3);
    expect(value[0]).toMatchObject({ id: "petro-poroshenko", country: "UA", role: { title: "President of Ukraine" }, layer: "bundled" });
    expect(value[0]!.role!.organisation).not.toBe("ua-government"); // the organisation's name, not its id
    expect(value[1]!.role).toBeNull();
    expect(value[2]).toMatchObject({ id: "csis", country: "US", kind: "think-tank", role: null });
  });

  it("refuses malformed lookups and foreign senders", async () => {
    const { background, ask } = setUp();
    expect(await ask({ type: "registry/details", lookups: [{ id: "csis", on: "yesterday" }] })).toMatchObject({ ok: false, code: "invalid" });
    expect(await background.handle({ type: "registry/user-list" }, { ...popupSender, id: "other" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await background.handle({ type: "registry/user-list" }, contentSender(3))).toMatchObject({ ok: false, code: "invalid" });
  });
});

describe("user entries", () => {
  it("are saved validated, override bundled ones and are used for matching at once", async () => {
    const { ask, platform, background } = setUp();
    expect(await ask({ type: "registry/user-save", entry: { ...OWN_SOURCE, country: "Ukraine" } })).toMatchObject({ ok: false, code: "invalid" });
    expect(platform.local.data.has(USER_ENTRIES_KEY)).toBe(false);
    expect(await ask({ type: "registry/user-save", entry: { ...OWN_SOURCE, parent: "nowhere" } })).toMatchObject({
      ok: false, error: expect.stringContaining("nowhere"),
    });
    expect(await ask({ type: "registry/user-save", entry: OWN_SOURCE })).toMatchObject({ ok: true, value: [OWN_SOURCE] });
    const csis = { ...bundled.find((e) => e.id === "csis")!, description: "Our own note on CSIS." };
    await ask({ type: "registry/user-save", entry: csis });
    const details = await ask({ type: "registry/details", lookups: [{ id: "csis", on: null }] });
    expect(details).toMatchObject({ ok: true, value: [{ description: "Our own note on CSIS.", layer: "user" }] });

    const text = "The Kyiv Reform Monitor said the court reform had stalled.";
    const scanned = await background.handle(pageScanned(text), contentSender(4));
    const claims = (scanned as { value: { report: { claims: { registry: { id: string } | null }[] } } }).value.report.claims;
    expect(claims.map((c) => c.registry?.id)).toContain("kyiv-reform-monitor");
  });

  it("renames an entry on edit and deletes it", async () => {
    const { ask } = setUp();
    await ask({ type: "registry/user-save", entry: OWN_SOURCE });
    const renamed = await ask({ type: "registry/user-save", entry: { ...OWN_SOURCE, id: "krm" }, previousId: OWN_SOURCE.id });
    expect(renamed).toMatchObject({ ok: true, value: [{ id: "krm" }] });
    expect(await ask({ type: "registry/user-delete", id: "krm" })).toEqual({ ok: true, value: [] });
  });

  it("rejects a bad import with its reason and keeps what was stored", async () => {
    const { ask, platform } = setUp();
    await ask({ type: "registry/user-save", entry: OWN_SOURCE });
    const before = platform.local.data.get(USER_ENTRIES_KEY);
    for (const json of ["{not json", '{"format":"other"}', JSON.stringify([{ ...OWN_SOURCE, id: "Bad Id" }])]) {
      const reply = await ask({ type: "registry/user-import", json, mode: "replace" });
      expect(reply).toMatchObject({ ok: false, code: "invalid" });
      expect((reply as { error: string }).error.length).toBeGreaterThan(10);
      expect(platform.local.data.get(USER_ENTRIES_KEY)).toEqual(before);
    }
    const merged = await ask({ type: "registry/user-import", json: JSON.stringify([{ ...OWN_SOURCE, id: "second", name: "Second Source" }]), mode: "merge" });
    expect(merged).toMatchObject({ ok: true, value: [{ id: OWN_SOURCE.id }, { id: "second" }] });
  });
});

describe("team registry", () => {
  const teamFile = JSON.stringify({ format: "sourcelight-registry", version: 1, entries: [OWN_SOURCE] });
  const answer = (status: number, body = "", etag: string | null = null): TeamFetch => async () => ({
    status, text: async () => body, headers: { get: (name) => (name.toLowerCase() === "etag" ? etag : null) },
  });

  it("accepts only HTTPS, fetches when set, reports its status and keeps the last good copy", async () => {
    let fetchImpl = answer(200, teamFile, '"v1"');
    const { ask, platform } = setUp((url, init) => fetchImpl(url, init));
    expect(await ask({ type: "registry/team-set", url: "http://team.example/registry.json" })).toMatchObject({ ok: false, error: expect.stringContaining("HTTPS") });
    const set = await ask({ type: "registry/team-set", url: "https://team.example/registry.json" });
    expect(set).toMatchObject({ ok: true, value: { url: "https://team.example/registry.json", entryCount: 1, lastError: null } });
    expect(await ask({ type: "registry/details", lookups: [{ id: OWN_SOURCE.id, on: null }] })).toMatchObject({ ok: true, value: [{ layer: "team" }] });

    fetchImpl = answer(500);
    const failed = await ask({ type: "registry/team-refresh" });
    expect(failed).toMatchObject({ ok: true, value: { entryCount: 1, lastError: expect.stringContaining("500") } });
    expect(platform.local.data.get(TEAM_CACHE_KEY)).toMatchObject({ etag: '"v1"' });

    expect(await ask({ type: "registry/team-set", url: null })).toMatchObject({ ok: true, value: { url: null, entryCount: 0 } });
    expect(await ask({ type: "registry/details", lookups: [{ id: OWN_SOURCE.id, on: null }] })).toEqual({ ok: true, value: [] });
  });
});

describe("publisherOf", () => {
  it("reads the JSON-LD publisher, then og:site_name, and survives bad JSON", () => {
    const meta = emptyPageMeta();
    expect(publisherOf({ ...meta, jsonLd: ["{bad", JSON.stringify({ "@graph": [{ "@type": "NewsArticle", publisher: { name: "The Daily" } }] })] })).toBe("The Daily");
    expect(publisherOf({ ...meta, meta: [{ key: "og:site_name", content: " Example News " }] })).toBe("Example News");
    expect(publisherOf(meta)).toBeNull();
  });
});

describe("team registry freshness", () => {
  it("is fetched again at start-up only when set and more than a day old", async () => {
    let fetches = 0;
    let clock = Date.UTC(2026, 0, 30);
    const platform = fakePlatform();
    const layers = registryLayers(platform.local, () => bundled);
    const teamFetch: TeamFetch = async () => {
      fetches++;
      return { status: 200, text: async () => JSON.stringify([OWN_SOURCE]), headers: { get: () => null } };
    };
    const background = createBackground(platform, { registry: createRegistry(bundled), layers, fetch: teamFetch, now: () => clock });
    await background.refreshTeamIfStale();
    expect(fetches).toBe(0); // no address set: nothing is fetched
    await background.handle({ type: "registry/team-set", url: "https://team.example/r.json" }, popupSender);
    expect(fetches).toBe(1);
    clock += 60 * 60 * 1000;
    await background.refreshTeamIfStale();
    expect(fetches).toBe(1);
    clock += 24 * 60 * 60 * 1000;
    await background.refreshTeamIfStale();
    expect(fetches).toBe(2);
  });
});
