import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { HighlightBook, MAX_SHARDS, shardNames } from "../../../src/content/highlight-book";
import { classifyMutations, HUGE_BATCH, mergeRescans, type MutationLike } from "../../../src/content/mutation-batch";
import { WorkSlices } from "../../../src/content/work-slices";

describe("HighlightBook", () => {
  const setUp = () => {
    const registry = new Map<string, unknown>();
    const book = new HighlightBook({ registry, create: (ranges) => ({ ranges }) });
    return { registry, book };
  };
  const range = {} as AbstractRange;

  it("registers each name once with all its ranges, and clears only its own names", () => {
    const { registry, book } = setUp();
    registry.set("page-own", "the page's highlight");
    book.add("sourcelight-cue-matched", range);
    book.add("sourcelight-cue-matched", range);
    book.add("sourcelight-source-vague", range);
    expect(registry.size).toBe(1); // nothing until commit
    book.commit();
    expect((registry.get("sourcelight-cue-matched") as { ranges: unknown[] }).ranges).toHaveLength(2);
    expect(book.names.sort()).toEqual(["sourcelight-cue-matched", "sourcelight-source-vague"]);
    book.clear();
    expect([...registry.keys()]).toEqual(["page-own"]);
    expect(book.names).toEqual([]);
  });

  it("registers a name with many ranges as shards of a bounded size, one per commitOne, and clears them all", () => {
    const registry = new Map<string, unknown>();
    const book = new HighlightBook({ registry, create: (ranges) => ({ ranges }) }, 1000);
    registry.set("page-own", "the page's highlight");
    for (let i = 0; i < 2500; i++) book.add("sourcelight-content-unknown", range);
    book.add("sourcelight-cue-vague", range);
    let commits = 0;
    while (book.commitOne()) commits++;
    expect(commits).toBe(4);
    const size = (name: string) => (registry.get(name) as { ranges: unknown[] }).ranges.length;
    expect([size("sourcelight-content-unknown"), size("sourcelight-content-unknown-1"), size("sourcelight-content-unknown-2")]).toEqual([1000, 1000, 500]);
    expect(shardNames("sourcelight-content-unknown")).toContain("sourcelight-content-unknown-2");
    // Registered again with fewer ranges, the name loses its extra shards.
    book.add("sourcelight-content-unknown", range);
    book.commit();
    expect([...registry.keys()].filter((name) => name.startsWith("sourcelight-content")).sort()).toEqual(["sourcelight-content-unknown"]);
    book.clear();
    expect([...registry.keys()]).toEqual(["page-own"]);
  });

  it("puts whatever passes the last shard into it", () => {
    const registry = new Map<string, unknown>();
    const book = new HighlightBook({ registry, create: (ranges) => ({ ranges }) }, 2);
    for (let i = 0; i < 2 * MAX_SHARDS + 5; i++) book.add("sourcelight-cue-matched", range);
    book.commit();
    expect(registry.size).toBe(MAX_SHARDS);
    expect((registry.get(`sourcelight-cue-matched-${MAX_SHARDS - 1}`) as { ranges: unknown[] }).ranges.length).toBe(7);
  });

  it("leaves a highlight the page registered over one of our names", () => {
    const { registry, book } = setUp();
    book.add("sourcelight-flash", range);
    book.commit();
    registry.set("sourcelight-flash", "the page's own");
    book.remove("sourcelight-flash");
    expect(registry.get("sourcelight-flash")).toBe("the page's own");
  });
});

describe("classifyMutations", () => {
  const doc = new JSDOM(`<body><nav id="nav"></nav><article id="story"><p id="p">Text</p></article></body>`).window.document;
  const root = doc.getElementById("story")!;
  const isOwn = (node: Node) => node.nodeType === 1 && (node as Element).localName.startsWith("sourcelight-");
  const record = (target: Node, added: Node[] = [], removed: Node[] = []): MutationLike => ({ target, addedNodes: added, removedNodes: removed });

  it("rescans the article incrementally for changes inside it, and ignores changes elsewhere", () => {
    expect(classifyMutations([record(doc.getElementById("p")!.firstChild!)], root, isOwn)).toBe("incremental");
    expect(classifyMutations([record(doc.getElementById("nav")!, [doc.createElement("a")])], root, isOwn)).toBe("none");
  });

  it("ignores our own wrappers and card, and what happens inside them", () => {
    const mark = doc.createElement("sourcelight-mark");
    const ui = doc.createElement("sourcelight-ui");
    ui.appendChild(doc.createElement("div"));
    expect(classifyMutations([record(root, [mark]), record(doc.documentElement, [], [ui]), record(ui.firstChild!)], root, isOwn)).toBe("none");
  });

  it("rescans from scratch when the article left the page, when a batch is huge, and when text arrives on a page without one", () => {
    const gone = doc.createElement("article");
    expect(classifyMutations([record(doc.body, [doc.createElement("main")])], gone, isOwn)).toBe("full");
    const many = Array.from({ length: HUGE_BATCH + 1 }, () => record(doc.getElementById("p")!));
    expect(classifyMutations(many, root, isOwn)).toBe("full");
    const withText = doc.createElement("div");
    withText.textContent = "Now there is an article.";
    expect(classifyMutations([record(doc.body, [withText])], null, isOwn)).toBe("full");
    expect(classifyMutations([record(doc.body, [doc.createElement("div")])], null, isOwn)).toBe("none");
  });

  it("keeps the stronger of two pending rescans", () => {
    expect(mergeRescans("incremental", "full")).toBe("full");
    expect(mergeRescans("none", "incremental")).toBe("incremental");
  });
});

describe("WorkSlices", () => {
  it("records each slice's duration and stops once aborted", async () => {
    const controller = new AbortController();
    const work = new WorkSlices(controller.signal, async () => undefined);
    await work.run(() => 1);
    controller.abort();
    await expect(work.run(() => 2)).rejects.toThrow(/superseded/);
    expect(work.durations).toHaveLength(1);
  });
});
