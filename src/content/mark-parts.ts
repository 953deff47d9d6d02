/**
 * Which stretches of text to mark, and as what. Cue, source and content of different claims can
 * overlap; the result is a list of non-overlapping parts in text order, where the more specific
 * part wins (cue over source over content), so each character is wrapped at most once.
 */
import type { Report, Span } from "../core/report";

export type PartKind = "cue" | "source" | "content";

export interface MarkPart {
  start: number;
  end: number;
  claimId: string;
  kind: PartKind;
}

const PRIORITY: Record<PartKind, number> = { cue: 3, source: 2, content: 1 };

export function markParts(report: Report, options: { content: boolean }): MarkPart[] {
  const wanted: MarkPart[] = [];
  const add = (span: Span | null, claimId: string, kind: PartKind) => {
    if (span && span.end > span.start) wanted.push({ start: span.start, end: span.end, claimId, kind });
  };
  for (const claim of report.claims) {
    add(claim.cue, claim.id, "cue");
    add(claim.source, claim.id, "source");
    if (options.content) add(claim.content, claim.id, "content");
  }
  return flatten(wanted);
}

/** Sweeps the boundaries once; at each step the best part covering it owns the stretch. */
function flatten(parts: MarkPart[]): MarkPart[] {
  const events: { at: number; index: number; opens: boolean }[] = [];
  parts.forEach((part, index) => {
    events.push({ at: part.start, index, opens: true }, { at: part.end, index, opens: false });
  });
  events.sort((a, b) => a.at - b.at);
  const active = new Set<number>();
  const result: MarkPart[] = [];
  for (let i = 0; i < events.length; ) {
    const at = events[i]!.at;
    for (; i < events.length && events[i]!.at === at; i++) {
      const event = events[i]!;
      if (event.opens) active.add(event.index);
      else active.delete(event.index);
    }
    const next = events[i]?.at;
    if (next === undefined || active.size === 0) continue;
    const best = bestOf(parts, active);
    const last = result[result.length - 1];
    if (last && last.end === at && last.claimId === best.claimId && last.kind === best.kind) last.end = next;
    else result.push({ start: at, end: next, claimId: best.claimId, kind: best.kind });
  }
  return result;
}

function bestOf(parts: MarkPart[], active: Set<number>): MarkPart {
  let best: MarkPart | null = null;
  for (const index of active) {
    const part = parts[index]!;
    if (!best || PRIORITY[part.kind] > PRIORITY[best.kind] || (PRIORITY[part.kind] === PRIORITY[best.kind] && part.start > best.start)) {
      best = part;
    }
  }
  return best!;
}
