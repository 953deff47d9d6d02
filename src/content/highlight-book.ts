/**
 * Bookkeeping for CSS Custom Highlights: which names we registered in a document's
 * HighlightRegistry (CSS.highlights) and with which Highlight objects, so that clearing removes
 * exactly ours and nothing a page registered, even under the same name.
 *
 * Registering a highlight costs the browser time in proportion to its ranges (8,000 ranges: about
 * 30 ms in one task on the test machine, most of a 2 MB article's longest slice). So a name's
 * ranges are registered in shards of at most RANGES_PER_HIGHLIGHT, one shard per commitOne(), under
 * `name`, `name-1`, `name-2`...; the stylesheet gives every shard its name's style (shardNames).
 */

/** Most ranges registered in one highlight (one task). */
export const RANGES_PER_HIGHLIGHT = 1000;
/** Most shards of one name; the last takes whatever is left. */
export const MAX_SHARDS = 32;

/** The name a name's shard is registered under: the name itself for the first. */
export function shardName(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index}`;
}

/** Every name a name's shards may be registered under, for the stylesheet. */
export function shardNames(name: string): string[] {
  return Array.from({ length: MAX_SHARDS }, (_, index) => shardName(name, index));
}

/** The part of HighlightRegistry we use (a Map in the browser; a plain Map in tests). */
export interface HighlightRegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: unknown): unknown;
  delete(name: string): boolean;
}

export interface HighlightEnvironment {
  registry: HighlightRegistryLike;
  /** new Highlight(...ranges) of the document's own window. */
  create(ranges: AbstractRange[]): unknown;
}

export class HighlightBook {
  private pending = new Map<string, AbstractRange[]>();
  /** Shards of a pending name already registered. */
  private shardsDone = new Map<string, number>();
  private registered = new Map<string, unknown>();

  constructor(
    private readonly environment: HighlightEnvironment,
    private readonly rangesPerHighlight = RANGES_PER_HIGHLIGHT,
  ) {}

  /** Ranges collect per name until commit() registers them in one go. */
  add(name: string, range: AbstractRange): void {
    const ranges = this.pending.get(name);
    if (ranges) ranges.push(range);
    else this.pending.set(name, [range]);
  }

  /** Registers every pending name (replacing what we registered under it before). */
  commit(): void {
    while (this.commitOne());
  }

  /** Registers one shard of one pending name; false when none was pending. */
  commitOne(): boolean {
    const first = this.pending.entries().next();
    if (first.done) return false;
    const [name, ranges] = first.value;
    const done = this.shardsDone.get(name) ?? 0;
    // A name registered anew replaces all its earlier shards.
    if (done === 0) this.removeShards(name);
    const take = done === MAX_SHARDS - 1 ? ranges.length : Math.min(this.rangesPerHighlight, ranges.length);
    const shard = shardName(name, done);
    const highlight = this.environment.create(ranges.splice(0, take));
    this.environment.registry.set(shard, highlight);
    this.registered.set(shard, highlight);
    if (ranges.length === 0) {
      this.pending.delete(name);
      this.shardsDone.delete(name);
    } else {
      this.shardsDone.set(name, done + 1);
    }
    return true;
  }

  /** Removes one name of ours (all its shards), where it is still ours. */
  remove(name: string): void {
    this.removeShards(name);
    this.pending.delete(name);
    this.shardsDone.delete(name);
  }

  clear(): void {
    for (const name of Array.from(this.registered.keys())) this.removeOne(name);
    this.pending.clear();
    this.shardsDone.clear();
  }

  private removeShards(name: string): void {
    for (let index = 0; index < MAX_SHARDS; index++) this.removeOne(shardName(name, index));
  }

  private removeOne(name: string): void {
    const ours = this.registered.get(name);
    if (ours !== undefined && this.environment.registry.get(name) === ours) this.environment.registry.delete(name);
    this.registered.delete(name);
  }

  get names(): string[] {
    return Array.from(this.registered.keys());
  }
}

/** The document's highlight registry, or null where the browser lacks the CSS Custom Highlight API. */
export function highlightEnvironment(doc: Document): HighlightEnvironment | null {
  type HighlightLike = { add(range: AbstractRange): unknown };
  const view = doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: new () => HighlightLike }) | null;
  const registry = view?.CSS?.highlights;
  const HighlightClass = view?.Highlight;
  if (!registry || typeof HighlightClass !== "function") return null;
  return {
    registry,
    create: (ranges) => {
      // Added one by one: spreading tens of thousands of ranges into the constructor overflows the stack.
      const highlight = new HighlightClass();
      for (const range of ranges) highlight.add(range);
      return highlight;
    },
  };
}
