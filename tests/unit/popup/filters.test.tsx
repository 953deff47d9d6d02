// @vitest-environment jsdom
/** @jsxImportSource preact */
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import type { Claim, Finding, Report } from "../../../src/core/report";
import type { PopupApi } from "../../../src/popup/api";
import { App } from "../../../src/popup/App";
import { setMessageLookup } from "../../../src/ui/i18n";
import type { TabState } from "../../../src/protocol/messages";
import type { SourceDetails } from "../../../src/protocol/registry-messages";
import { englishLookup } from "../fakes/i18n";

setMessageLookup(englishLookup);

const span = (text: string) => ({ start: 0, end: text.length, text });
const claim = (id: string, source: string | null, registry: Claim["registry"], content: string, date: string | null = null): Claim => ({
  id, cue: span("said"), source: source ? span(source) : null, content: span(content),
  sourceType: source ? "named" : "none", resolvedSource: null, registry, date: date ? { ...span(date), value: date } : null, via: null,
});
const POROSHENKO = { id: "petro-poroshenko", name: "Petro Poroshenko", kind: "person" };
const CSIS = { id: "csis", name: "Center for Strategic and International Studies", kind: "think-tank" };
const finding = (id: string, kind: string, severity: Finding["severity"], claimIds: string[], message: string): Finding => ({
  id, kind, severity, message, claimIds, spans: [span(`evidence of ${kind}`)],
});

const REPORT: Report = {
  article: { title: "Casualty estimates", url: null, published: "2026-01-30", publishedFrom: "json-ld" },
  claims: [
    claim("c1", "Poroshenko", POROSHENKO, "the army was rebuilt", "2016-05"),
    claim("c2", "Poroshenko", POROSHENKO, "talks had failed"),
    claim("c3", "CSIS", CSIS, "nearly 1.2 million casualties"),
    claim("c4", "officials", null, "supplies were short"),
  ],
  findings: [
    finding("f1", "vague-source", "warning", ["c4"], "Officials are not named."),
    finding("f2", "role-mismatch", "error", ["c2"], "Poroshenko was not president then."),
    finding("f3", "undefined-acronym", "info", ["c3"], "CSIS is not spelled out."),
  ],
};

const state = (extra: Partial<TabState> = {}): TabState => ({
  report: REPORT, url: "https://news.example/", scannedAt: 1, highlightsVisible: true, publisher: "The Daily Example", ...extra,
});

function detailsFor(lookups: { id: string; on: string | null }[]): SourceDetails[] {
  return lookups.map(({ id, on }) =>
    id === "csis"
      ? { id, on, name: CSIS.name, kind: "think-tank", country: "US", description: "A Washington think tank.", role: null, layer: "bundled" as const }
      : {
          id, on, name: POROSHENKO.name, kind: "person", country: "UA", description: "Ukrainian politician.", layer: "bundled" as const,
          role: on && on < "2019-05-20" ? { title: "President of Ukraine", organisation: "Government of Ukraine", from: "2014-06-07", to: "2019-05-20" } : null,
        },
  );
}

function api(value: TabState, asked: { id: string; on: string | null }[][] = []): PopupApi {
  return {
    getTabState: async () => ({ ok: true, value }),
    scanTab: async () => ({ ok: true, value }),
    revealClaim: async () => ({ ok: true, value: true }),
    setHighlights: async () => ({ ok: true, value }),
    registryDetails: async (lookups) => {
      asked.push(lookups);
      return { ok: true, value: detailsFor(lookups) };
    },
  };
}

async function mount(popupApi: PopupApi, hiddenKinds: string[] = []) {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  await act(async () => {
    render(<App api={popupApi} tabId={3} restrictedReason={null} onStateChanged={() => undefined} hiddenKinds={hiddenKinds} />, root);
  });
  await act(async () => undefined);
  await act(async () => undefined);
  return root;
}

async function change(element: Element | null, value: string, event: "input" | "change") {
  await act(async () => {
    (element as HTMLInputElement).value = value;
    element!.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

const messages = (root: Element) => [...root.querySelectorAll(".finding .message")].map((el) => el.textContent);
const claimIds = (root: Element) => [...root.querySelectorAll("button.claim")].map((el) => el.getAttribute("data-claim"));

describe("the popup's report", () => {
  it("shows the publisher, findings worst first with evidence, and registry details with the role on each date", async () => {
    const asked: { id: string; on: string | null }[][] = [];
    const root = await mount(api(state(), asked));
    expect(root.querySelector(".publisher")?.textContent).toBe("Published by The Daily Example");
    expect(messages(root)).toEqual(["Poroshenko was not president then.", "Officials are not named.", "CSIS is not spelled out."]);
    expect(root.querySelector('.finding[data-finding="vague-source"] .evidence q')?.textContent).toBe("evidence of vague-source");
    // The claim's own date, else the publication date.
    expect(asked[0]).toEqual([
      { id: "petro-poroshenko", on: "2016-05" },
      { id: "petro-poroshenko", on: "2026-01-30" },
      { id: "csis", on: "2026-01-30" },
    ]);
    const csis = root.querySelector('.source[data-source="csis"]')!;
    expect(csis.querySelector(".kind")?.textContent).toBe("think-tank");
    expect(csis.querySelector(".country")?.textContent).toBe("country: US");
    expect(csis.querySelector(".description")?.textContent).toBe("A Washington think tank.");
    expect(root.querySelector('button[data-claim="c1"] .role')?.textContent).toBe("President of Ukraine (Government of Ukraine) on 2016-05");
    expect(root.querySelector('button[data-claim="c2"] .role')?.textContent).toBe("no registered role on 2026-01-30");
    expect(root.querySelector('button[data-claim="c3"] .role')).toBeNull();
  });

  it("filters by finding kind, severity and search, and says when nothing matches", async () => {
    const root = await mount(api(state()));
    await change(root.querySelector('select[name="kind"]'), "vague-source", "change");
    expect(messages(root)).toEqual(["Officials are not named."]);
    expect(claimIds(root)).toEqual(["c4"]);
    await change(root.querySelector('select[name="kind"]'), "all", "change");
    await change(root.querySelector('select[name="severity"]'), "error", "change");
    expect(messages(root)).toEqual(["Poroshenko was not president then."]);
    expect(claimIds(root)).toEqual(["c2"]);
    await change(root.querySelector('select[name="severity"]'), "all", "change");
    await change(root.querySelector('input[type="search"]'), "casualties", "input");
    expect(messages(root)).toEqual([]);
    expect(claimIds(root)).toEqual(["c3"]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe("Showing 0 of 3 findings and 1 of 4 claims");
    await change(root.querySelector('input[type="search"]'), "poroshenko", "input");
    expect(claimIds(root)).toEqual(["c1", "c2"]);
    await change(root.querySelector('input[type="search"]'), "zzz", "input");
    expect(root.querySelector(".no-matches")?.textContent).toBe("Nothing matches the filter.");
  });

  it("leaves out the finding kinds hidden in the options", async () => {
    const root = await mount(api(state()), ["vague-source", "undefined-acronym"]);
    expect(messages(root)).toEqual(["Poroshenko was not president then."]);
    expect(root.querySelector('[data-count="findings"]')?.textContent).toBe("1 finding");
    expect(root.querySelector(".hidden-kinds")?.textContent).toBe("2 finding kinds are hidden in the options.");
  });

  it("says when the page had no article, and announces the report", async () => {
    const root = await mount(api(state({ articleFound: false, report: { ...REPORT, claims: [], findings: [] } })));
    expect(root.querySelector(".no-article")?.textContent).toContain("No article text");
    expect(root.querySelector("[data-announce]")?.textContent).toBe("Scan finished: 0 claims, 0 findings.");
    const full = await mount(api(state()));
    expect(full.querySelector("[data-announce]")?.textContent).toBe("Scan finished: 4 claims, 3 findings.");
  });

  it("still lists sources when the registry details cannot be had", async () => {
    const failing = { ...api(state()), registryDetails: async () => ({ ok: false as const, code: "failed" as const, error: "gone" }) };
    const root = await mount(failing);
    expect(root.querySelector('.source[data-source="csis"] .kind')?.textContent).toBe("think-tank");
    expect(root.querySelector(".country")).toBeNull();
  });
});
