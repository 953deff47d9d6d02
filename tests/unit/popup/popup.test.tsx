// @vitest-environment jsdom
/** @jsxImportSource preact */
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import type { Claim, Report } from "../../../src/core/report";
import type { PopupApi } from "../../../src/popup/api";
import { App } from "../../../src/popup/App";
import { groupClaimsBySource, sourcingSummary } from "../../../src/popup/group-claims";
import { isRestrictedUrl } from "../../../src/popup/restricted-url";
import type { TabState } from "../../../src/protocol/messages";
import type { Reply } from "../../../src/protocol/reply";
import { setMessageLookup } from "../../../src/ui/i18n";
import { englishLookup } from "../fakes/i18n";

setMessageLookup(englishLookup);

const span = (text: string, start = 0) => ({ start, end: start + text.length, text });
const claim = (id: string, source: string | null, registry: Claim["registry"], content = "something happened"): Claim => ({
  id, cue: span("said"), source: source ? span(source) : null, content: span(content),
  sourceType: source ? "named" : "none", resolvedSource: null, registry, date: null, via: null,
});
const CSIS = { id: "csis", name: "Center for Strategic and International Studies", kind: "think-tank" };

function stateWith(report: Partial<Report>): TabState {
  return {
    report: { article: { title: "A title", url: null, published: "2026-01-30", publishedFrom: "json-ld" }, claims: [], findings: [], ...report },
    url: "https://news.example/",
    scannedAt: 1,
    highlightsVisible: true,
  };
}

function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi & { revealed: string[] } {
  const revealed: string[] = [];
  return {
    revealed,
    getTabState: async () => ({ ok: true, value: null }),
    scanTab: async () => ({ ok: true, value: stateWith({}) }),
    revealClaim: async (_tab, id) => {
      revealed.push(id);
      return { ok: true, value: true };
    },
    setHighlights: async () => ({ ok: true, value: stateWith({}) }),
    registryDetails: async () => ({ ok: true, value: [] }),
    ...overrides,
  };
}

async function mount(api: PopupApi, restrictedReason: string | null = null) {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  await act(async () => {
    render(<App api={api} tabId={5} restrictedReason={restrictedReason} onStateChanged={() => undefined} />, root);
  });
  await act(async () => undefined);
  return root;
}

const click = async (element: Element | null) => {
  await act(async () => (element as HTMLElement).click());
  await act(async () => undefined);
};

describe("popup", () => {
  it("offers a Scan button, shows the report after scanning and reveals a clicked claim", async () => {
    const report = { claims: [claim("c1", "CSIS", CSIS), claim("c2", "experts", null)], findings: [] };
    const api = fakeApi({ scanTab: async () => ({ ok: true, value: stateWith(report) }) });
    const root = await mount(api);
    const scan = root.querySelector("button.primary");
    expect(scan?.textContent).toBe("Scan this page");
    await click(scan);
    expect(root.querySelector(".title")?.textContent).toBe("A title");
    expect(root.querySelector('.source[data-source="csis"] .kind')?.textContent).toBe("think-tank");
    await click(root.querySelector('button.claim[data-claim="c1"]'));
    expect(api.revealed).toEqual(["c1"]);
  });

  it("shows the restricted, error and no-claims states", async () => {
    expect((await mount(fakeApi(), "Cannot read browser pages.")).querySelector(".restricted")?.textContent).toBe("Cannot read browser pages.");
    const failing = fakeApi({ scanTab: async (): Promise<Reply<TabState>> => ({ ok: false, code: "restricted", error: "Cannot access" }) });
    const root = await mount(failing);
    await click(root.querySelector("button.primary"));
    expect(root.querySelector(".restricted")).not.toBeNull();
    const broken = fakeApi({ getTabState: async () => ({ ok: false, code: "failed", error: "worker gone" }) });
    expect((await mount(broken)).querySelector(".error")?.textContent).toContain("worker gone");
    const empty = fakeApi({ getTabState: async () => ({ ok: true, value: stateWith({}) }) });
    expect((await mount(empty)).querySelector(".empty")?.textContent).toContain("No attributed claims");
  });

  it("shows a page with no article as its own state, not as an error", async () => {
    const noArticle = fakeApi({ scanTab: async (): Promise<Reply<TabState>> => ({ ok: false, code: "no-article", error: "No article was found on this page." }) });
    const root = await mount(noArticle);
    await click(root.querySelector("button.primary"));
    expect(root.querySelector(".no-article")?.textContent).toContain("No article text");
    expect(root.querySelector(".error")).toBeNull();
  });

  it("renders page text as text, never as markup", async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    const report = { claims: [claim("c1", hostile, null, hostile)], findings: [] };
    const root = await mount(fakeApi({ getTabState: async () => ({ ok: true, value: stateWith(report) }) }));
    expect(root.querySelector("img:not([src^='icons/'])")).toBeNull();
    expect(root.querySelector(".sources b")).toBeNull();
    expect(root.querySelector(".source-name")?.textContent).toBe(hostile);
  });
});

describe("keyboard", () => {
  it("arrow keys move through findings and claims, Home and End jump", async () => {
    const report = {
      claims: [claim("c1", "CSIS", CSIS), claim("c2", "experts", null), claim("c3", null, null)],
      findings: [{ id: "f1", kind: "vague-source", severity: "warning" as const, message: "vague", claimIds: ["c2"], spans: [] }],
    };
    const root = await mount(fakeApi({ getTabState: async () => ({ ok: true, value: stateWith(report) }) }));
    const container = root.querySelector(".report")!;
    const press = (key: string) => container.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    const focused = () => document.activeElement?.getAttribute("data-claim") ?? document.activeElement?.className;
    press("ArrowDown");
    expect(focused()).toBe("link");
    press("ArrowDown");
    expect(focused()).toBe("c1");
    press("End");
    expect(focused()).toBe("c3");
    press("ArrowDown");
    expect(focused()).toBe("c3");
    press("ArrowUp");
    expect(focused()).toBe("c2");
    press("Home");
    expect(focused()).toBe("link");
  });
});

describe("popup words", () => {
  it("come from _locales/en with numbers and names filled in", async () => {
    const report = { claims: [claim("c1", "experts", null)], findings: [] };
    const root = await mount(fakeApi({ getTabState: async () => ({ ok: true, value: stateWith(report) }) }));
    expect(root.querySelector('[data-count="claims"]')?.textContent).toBe("1 claim");
    expect(root.querySelector('[data-count="findings"]')?.textContent).toBe("0 findings");
    expect(root.querySelector(".published")?.textContent).toBe("Published 2026-01-30 (from json-ld)");
    expect(root.querySelector(".kind.unknown")?.textContent).toBe("not in registry · named source");
    expect(root.querySelector('[data-summary="named"]')?.textContent).toBe("1 named");
  });
});

describe("sourcingSummary", () => {
  it("counts named, described, vague, unattributed and second-hand claims", () => {
    const relayed = { ...claim("c4", "European assessments", null), sourceType: "vague" as const, via: "c1" };
    const pronoun = { ...claim("c5", "He", null), sourceType: "pronoun" as const };
    const report: Report = {
      article: { title: null, url: null, published: null, publishedFrom: null },
      claims: [claim("c1", "CSIS", CSIS), claim("c3", null, null), relayed, pronoun],
      findings: [],
    };
    expect(sourcingSummary(report)).toEqual({ named: 1, described: 1, vague: 1, unattributed: 1, secondHand: 1 });
  });
});

describe("groupClaimsBySource", () => {
  it("groups by registry entry, then by wording, registry matches first", () => {
    const report: Report = {
      article: { title: null, url: null, published: null, publishedFrom: null },
      claims: [claim("c1", "experts", null), claim("c2", "CSIS", CSIS), claim("c3", "The CSIS", CSIS), claim("c4", null, null)],
      findings: [
        { id: "f1", kind: "vague-source", severity: "warning", message: "m", claimIds: ["c1"], spans: [] },
        { id: "f2", kind: "date-mismatch", severity: "warning", message: "m", claimIds: ["c2", "c3"], spans: [] },
      ],
    };
    const groups = groupClaimsBySource(report);
    // f2 is about two CSIS claims but is one finding.
    expect(groups.map((g) => [g.name, g.claims.map((c) => c.id), g.findingCount])).toEqual([
      ["Center for Strategic and International Studies", ["c2", "c3"], 1],
      ["experts", ["c1"], 1],
      ["No source given", ["c4"], 0],
    ]);
  });
});

describe("isRestrictedUrl", () => {
  it("knows browser pages and stores", () => {
    expect(isRestrictedUrl("chrome://settings")).toBe(true);
    expect(isRestrictedUrl("https://chromewebstore.google.com/detail/x")).toBe(true);
    expect(isRestrictedUrl("https://addons.mozilla.org/en-US/firefox/")).toBe(true);
    expect(isRestrictedUrl("https://www.bbc.co.uk/news")).toBe(false);
    expect(isRestrictedUrl(undefined)).toBe(false);
  });
});
