/**
 * Bookkeeping for CSS Custom Highlights: which names we registered in a document's
 * HighlightRegistry (CSS.highlights) and with which Highlight objects, so that clearing removes
 * exactly ours and nothing a page registered, even under the same name.
 */

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
  private registered = new Map<string, unknown>();

  constructor(private readonly environment: HighlightEnvironment) {}

  /** Ranges collect per name until commit() registers them in one go. */
  add(name: string, range: AbstractRange): void {
    const ranges = this.pending.get(name);
    if (ranges) ranges.push(range);
    else this.pending.set(name, [range]);
  }

  /** Registers every pending name (replacing what we registered under it before). */
  commit(): void {
    for (const [name, ranges] of this.pending) {
      const highlight = this.environment.create(ranges);
      this.environment.registry.set(name, highlight);
      this.registered.set(name, highlight);
    }
    this.pending.clear();
  }

  /** Registers one pending name; false when none was pending. (Registering a huge highlight takes the browser a while.) */
  commitOne(): boolean {
    const first = this.pending.entries().next();
    if (first.done) return false;
    const [name, ranges] = first.value;
    const highlight = this.environment.create(ranges);
    this.environment.registry.set(name, highlight);
    this.registered.set(name, highlight);
    this.pending.delete(name);
    return true;
  }

  /** Removes one name of ours, if it is still ours. */
  remove(name: string): void {
    const ours = this.registered.get(name);
    if (ours !== undefined && this.environment.registry.get(name) === ours) this.environment.registry.delete(name);
    this.registered.delete(name);
    this.pending.delete(name);
  }

  clear(): void {
    for (const name of Array.from(this.registered.keys())) this.remove(name);
    this.pending.clear();
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
