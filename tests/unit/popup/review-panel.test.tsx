// @vitest-environment jsdom
/** @jsxImportSource preact */
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Claim, Finding, Report } from "../../../src/core/report";
import { ReviewExportSchema } from "../../../src/core/review/export-json";
import { claimTarget, createReview, findingTarget, setMark } from "../../../src/core/review/review";
import type { ArticleReview } from "../../../src/core/review/model";
import { setMessageLookup } from "../../../src/ui/i18n";
import type { MarkChange, ReviewApi } from "../../../src/popup/review/review-api";
import { ReviewPanel } from "../../../src/popup/review/ReviewPanel";
import type { ReviewState } from "../../../src/protocol/review-messages";
import { englishLookup } from "../fakes/i18n";

setMessageLookup(englishLookup);

const TEXT = "Officials said the bridge was unsafe. Reuters reported a fire at the depot.";
const span = (text: string) => ({ start: TEXT.indexOf(text), end: TEXT.indexOf(text) + text.length, text });
const claim = (id: string, source: string, cue: string, content: string, sourceType: Claim["sourceType"]): Claim => ({
  id, cue: span(cue), source: span(source), content: span(content), sourceType, resolvedSource: null, registry: null, date: null, via: null,
});
const vague = claim("c1", "Officials", "said", "the bridge was unsafe", "vague");
const named = claim("c2", "Reuters", "reported", "a fire at the depot", "named");
const finding: Finding = { id: "f1", kind: "vague-source", severity: "warning", message: "Unnamed officials.", claimIds: ["c1"], spans: [span("Officials")] };
const report: Report = { article: { title: "Bridge", url: "https://news.example/a", published: null, publishedFrom: null }, claims: [vague, named], findings: [finding] };
const NOW = "2026-11-26T10:00:00.000Z";

function reviewWith(marks: Array<{ item: Claim | Finding; status: MarkChange["status"]; note?: string; reason?: string }>): ArticleReview {
  let review = createReview(report, "https://news.example/a", NOW);
  for (const { item, status, note, reason } of marks) {
    const target = "cue" in item ? claimTarget(TEXT, item) : findingTarget(TEXT, item);
    const result = setMark(review, { target, status, note, reason }, NOW);
    if (!result.ok) throw new Error(result.error);
    review = result.review;
  }
  return review;
}

const stateOf = (review: ArticleReview, orphans: ReviewState["orphans"] = []): ReviewState => ({ review, stored: true, orphans, corrupt: null, cursor: null });

function fakeApi(initial: ReviewState, overrides: Partial<ReviewApi> = {}) {
  const calls: unknown[] = [];
  const api: ReviewApi = {
    getReview: async () => ({ ok: true, value: initial }),
    setMark: async (_tab, target, change) => {
      calls.push({ target, change });
      const item = target.type === "claim" ? report.claims.find((c) => c.id === target.id)! : finding;
      return { ok: true, value: stateOf(reviewWith([{ item, ...change, reason: change.reason ?? undefined }])) };
    },
    clearMark: async () => ({ ok: true, value: stateOf(reviewWith([])) }),
    importReviews: async () => ({ ok: false, code: "invalid", error: "This is not JSON." }),
    resolveConflict: async () => ({ ok: true, value: true }),
    ...overrides,
  };
  return { api, calls };
}

async function mount(api: ReviewApi) {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  await act(async () => render(<ReviewPanel api={api} tabId={4} scannedAt={1} />, root));
  await act(async () => undefined);
  return root;
}

const act$ = async (fn: () => void) => {
  await act(async () => fn());
  await act(async () => undefined);
};
const click = (element: Element | null | undefined) => act$(() => (element as HTMLElement).click());
const type = (element: Element | null | undefined, value: string) =>
  act$(() => {
    (element as HTMLInputElement).value = value;
    element!.dispatchEvent(new Event("input", { bubbles: true }));
  });

afterEach(() => vi.restoreAllMocks());

describe("the popup's review panel", () => {
  it("shows progress, and saves a mark with its note for the right claim", async () => {
    const { api, calls } = fakeApi(stateOf(reviewWith([])));
    const root = await mount(api);
    expect(root.querySelector("[data-review-progress]")?.textContent).toBe("0 of 3 reviewed");
    const item = root.querySelector('[data-review-item="claim:c2"]')!;
    await click(item.querySelector('[data-status="disputed"]'));
    await type(item.querySelector("textarea"), "No fire reported by Reuters.");
    await click(item.querySelector("button.primary"));
    expect(calls).toEqual([{ target: { type: "claim", id: "c2" }, change: { status: "disputed", reason: null, note: "No fire reported by Reuters." } }]);
    expect(root.querySelector("[data-review-progress]")?.textContent).toBe("1 of 3 reviewed (1 disputed)");
    expect(root.querySelector('[data-review-item="claim:c2"]')?.getAttribute("data-mark")).toBe("disputed");
  });

  it("asks for a reason before dismissing, without sending anything", async () => {
    const { api, calls } = fakeApi(stateOf(reviewWith([])));
    const root = await mount(api);
    const item = root.querySelector('[data-review-item="finding:f1"]')!;
    await click(item.querySelector('[data-status="dismissed"]'));
    await click(item.querySelector("button.primary"));
    expect(item.querySelector('[role="alert"]')?.textContent).toBe("A dismissal needs a reason.");
    expect(calls).toEqual([]);
    await type(item.querySelector(".mark-reason input"), "Named in the next paragraph.");
    await click(item.querySelector("button.primary"));
    expect(calls).toMatchObject([{ change: { status: "dismissed", reason: "Named in the next paragraph." } }]);
  });

  it("filters by mark", async () => {
    const { api } = fakeApi(stateOf(reviewWith([{ item: named, status: "verified" }, { item: vague, status: "needs-checking" }])));
    const root = await mount(api);
    const items = () => [...root.querySelectorAll("[data-review-item]")].map((li) => li.getAttribute("data-review-item"));
    expect(items()).toEqual(["finding:f1", "claim:c1", "claim:c2"]);
    const select = root.querySelector("select")!;
    await act$(() => {
      select.value = "unreviewed";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(items()).toEqual(["finding:f1", "claim:c1"]);
    await act$(() => {
      select.value = "verified";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(items()).toEqual(["claim:c2"]);
  });

  it("lists the finding to resolve and the vague source to justify in the checklist, ticked by verdicts", async () => {
    const { api } = fakeApi(stateOf(reviewWith([{ item: finding, status: "dismissed", reason: "Sourced below." }])));
    const root = await mount(api);
    await click([...root.querySelectorAll(".review-views button")].find((b) => b.textContent === "Checklist"));
    expect(root.querySelector("#checklist-heading")?.textContent).toBe("Before publishing: 1 of 2 done");
    const rows = [...root.querySelectorAll("[data-checklist]")].map((li) => [li.getAttribute("data-checklist"), li.getAttribute("data-done")]);
    expect(rows).toEqual([["finding:f1", "true"], ["claim:c1", "false"]]);
  });

  it("shows marks that lost their place apart, with why", async () => {
    const lost = reviewWith([{ item: named, status: "disputed", note: "gone" }]).marks[0]!;
    const { api } = fakeApi(stateOf(reviewWith([]), [{ mark: lost, cause: "not-found" }]));
    const root = await mount(api);
    const orphan = root.querySelector('[data-orphan="not-found"]');
    expect(orphan?.textContent).toContain("Reuters … reported … a fire at the depot");
    expect(orphan?.textContent).toContain("the marked words are no longer on the page");
  });

  it("downloads the JSON export as a file that validates against its schema", async () => {
    const { api } = fakeApi(stateOf(reviewWith([{ item: named, status: "verified" }])));
    const root = await mount(api);
    const blobs: Blob[] = [];
    (URL as unknown as { createObjectURL: (blob: Blob) => string }).createObjectURL = (blob: Blob) => (blobs.push(blob), "blob:x");
    (URL as unknown as { revokeObjectURL: () => void }).revokeObjectURL = () => undefined;
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe("sourcelight-review-news.example-a.json");
    });
    await click(root.querySelector('[data-export="json"]'));
    expect(clicked).toHaveBeenCalledOnce();
    const parsed = ReviewExportSchema.parse(JSON.parse(await blobs[0]!.text()));
    expect(parsed.marks).toHaveLength(1);
  });

  it("shows an import error, and a conflict with both versions until one is chosen", async () => {
    const mine = reviewWith([{ item: named, status: "verified", note: "mine" }]).marks[0]!;
    const theirs = { ...mine, note: "theirs" };
    const conflict = { key: "https://news.example/a", markKey: "k", stored: mine, incoming: theirs };
    const resolved: string[] = [];
    const failing = fakeApi(stateOf(reviewWith([])));
    let root = await mount(failing.api);
    const choose = async (input: HTMLInputElement, text: string) => {
      Object.defineProperty(input, "files", { value: [new File([text], "r.json")], configurable: true });
      await act$(() => input.dispatchEvent(new Event("change", { bubbles: true })));
      await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    };
    await choose(root.querySelector('input[type="file"]')!, "nope");
    expect(root.querySelector("[data-import-error]")?.textContent).toBe("Nothing was imported: This is not JSON.");

    const { api } = fakeApi(stateOf(reviewWith([])), {
      importReviews: async () => ({ ok: true, value: { reviews: 1, added: 0, unchanged: 0, conflicts: [conflict], errors: [] } }),
      resolveConflict: async (_c, keep) => (resolved.push(keep), { ok: true, value: true }),
    });
    root = await mount(api);
    await choose(root.querySelector('input[type="file"]')!, "{}");
    const shown = root.querySelector("[data-conflict]")!;
    expect(shown.textContent).toContain("Stored: verified — mine");
    expect(shown.textContent).toContain("Imported: verified — theirs");
    await click(shown.querySelector('[data-keep="incoming"]'));
    expect(resolved).toEqual(["incoming"]);
    expect(root.querySelector("[data-conflict]")).toBeNull();
  });
});

describe("keyboard marking in the review list", () => {
  it("moves with N and P (showing the claim in the page) and marks with V", async () => {
    const { api, calls } = fakeApi(stateOf(reviewWith([])));
    const revealed: string[] = [];
    const root = document.createElement("div");
    document.body.replaceChildren(root);
    await act(async () => render(<ReviewPanel api={api} tabId={4} scannedAt={1} onReveal={(id) => revealed.push(id)} />, root));
    await act(async () => undefined);
    const summaryOf = (ref: string) => root.querySelector<HTMLElement>(`[data-review-item="${ref}"] summary`)!;
    const press = (key: string) => act$(() => document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true })));
    summaryOf("finding:f1").focus();
    await press("n");
    expect(document.activeElement).toBe(summaryOf("claim:c1"));
    await press("n");
    expect(document.activeElement).toBe(summaryOf("claim:c2"));
    await press("p");
    expect(revealed).toEqual(["c1", "c2", "c1"]);
    await press("v");
    expect(calls).toEqual([{ target: { type: "claim", id: "c1" }, change: { status: "verified", reason: null, note: "" } }]);
  });

  it("opens and focuses the item the page shortcuts went to", async () => {
    const { api } = fakeApi({ ...stateOf(reviewWith([])), cursor: { type: "claim", id: "c2" } });
    const root = await mount(api);
    expect(root.querySelector<HTMLDetailsElement>('[data-review-item="claim:c2"] details')?.open).toBe(true);
    expect(document.activeElement).toBe(root.querySelector('[data-review-item="claim:c2"] summary'));
  });
});
