/**
 * Where reviews live: any asynchronous key-value storage (browser.storage.local in the extension,
 * a Map in tests). The store never loses data: it validates before every write, migrates older
 * versions (keeping the original under a backup key), and moves a record it cannot read to a
 * quarantine key, reporting it, instead of throwing it away or crashing.
 */
import { z } from "zod";
import { mergeReview, type MarkConflict } from "./merge";
import { migrateReview } from "./migrate";
import type { ArticleReview } from "./model";
import { validated } from "./review";

export interface KeyValueStorage {
  /** The stored value, or undefined when there is none. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every stored key that starts with `prefix`. */
  list(prefix: string): Promise<string[]>;
}

export const REVIEW_PREFIX = "sourcelight.review:";
export const QUARANTINE_PREFIX = "sourcelight.quarantine:";
export const BACKUP_PREFIX = "sourcelight.backup:";

export interface CorruptRecord {
  /** The storage key the record was found under. */
  storageKey: string;
  /** Where its raw value is kept now. */
  quarantineKey: string;
  error: string;
}

export type LoadResult =
  | { status: "missing" }
  | { status: "ok"; review: ArticleReview; migratedFrom: number | null }
  | ({ status: "corrupt" } & CorruptRecord);

export type SaveResult = { ok: true } | { ok: false; error: string };

const QuarantinedRecordSchema = z.object({ storageKey: z.string(), raw: z.unknown(), error: z.string(), quarantinedAt: z.string() });
export type QuarantinedRecord = z.infer<typeof QuarantinedRecordSchema>;

export interface ImportSummary {
  added: number;
  unchanged: number;
  conflicts: MarkConflict[];
  /** Stored records found corrupt on the way (quarantined, then replaced by the import). */
  corrupt: CorruptRecord[];
  errors: string[];
}

export class ReviewStore {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {}

  static storageKey(articleKey: string): string {
    return REVIEW_PREFIX + articleKey;
  }

  async load(articleKey: string): Promise<LoadResult> {
    return this.loadStored(ReviewStore.storageKey(articleKey));
  }

  async save(review: ArticleReview): Promise<SaveResult> {
    const checked = validated(review);
    if (!checked.ok) return { ok: false, error: `not saved: ${checked.error}` };
    await this.storage.set(ReviewStore.storageKey(review.key), checked.review);
    return { ok: true };
  }

  async remove(articleKey: string): Promise<void> {
    await this.storage.remove(ReviewStore.storageKey(articleKey));
  }

  /** Every stored review; unreadable records are quarantined and listed, the rest still load. */
  async loadAll(): Promise<{ reviews: ArticleReview[]; corrupt: CorruptRecord[] }> {
    const reviews: ArticleReview[] = [];
    const corrupt: CorruptRecord[] = [];
    for (const storageKey of (await this.storage.list(REVIEW_PREFIX)).sort()) {
      const result = await this.loadStored(storageKey);
      if (result.status === "ok") reviews.push(result.review);
      else if (result.status === "corrupt") corrupt.push({ storageKey, quarantineKey: result.quarantineKey, error: result.error });
    }
    return { reviews, corrupt };
  }

  /** Every quarantined record, for the options page to show and offer for download. */
  async quarantined(): Promise<Array<QuarantinedRecord & { quarantineKey: string }>> {
    const keys = (await this.storage.list(QUARANTINE_PREFIX)).sort();
    return Promise.all(
      keys.map(async (quarantineKey) => {
        const value = await this.storage.get(quarantineKey);
        const record = QuarantinedRecordSchema.safeParse(value);
        // Even a damaged quarantine record is shown whole rather than hidden.
        return record.success
          ? { quarantineKey, ...record.data, raw: (value as QuarantinedRecord).raw }
          : { quarantineKey, storageKey: "", raw: value, error: "unreadable quarantine record", quarantinedAt: "" };
      }),
    );
  }

  /** Merges imported reviews into storage; conflicts are returned, never written. */
  async importReviews(reviews: readonly ArticleReview[]): Promise<ImportSummary> {
    const summary: ImportSummary = { added: 0, unchanged: 0, conflicts: [], corrupt: [], errors: [] };
    for (const incoming of reviews) {
      const stored = await this.load(incoming.key);
      if (stored.status === "corrupt") summary.corrupt.push(stored);
      const merged = mergeReview(stored.status === "ok" ? stored.review : null, incoming, this.clock());
      if (merged.added.length > 0 || stored.status !== "ok") {
        const saved = await this.save(merged.review);
        if (!saved.ok) {
          summary.errors.push(`${incoming.key}: ${saved.error}`);
          continue;
        }
      }
      summary.added += merged.added.length;
      summary.unchanged += merged.unchanged;
      summary.conflicts.push(...merged.conflicts);
    }
    return summary;
  }

  private async loadStored(storageKey: string): Promise<LoadResult> {
    const raw = await this.storage.get(storageKey);
    if (raw === undefined) return { status: "missing" };
    const migrated = migrateReview(raw);
    if (!migrated.ok) return this.quarantine(storageKey, raw, migrated.error);
    const { review, from } = migrated;
    if (ReviewStore.storageKey(review.key) !== storageKey) {
      return this.quarantine(storageKey, raw, `stored under ${storageKey} but belongs to ${review.key}`);
    }
    if (from === review.schemaVersion) return { status: "ok", review, migratedFrom: null };
    // Keep the original before the migrated version replaces it: a migration bug must not cost data.
    await this.storage.set(`${BACKUP_PREFIX}v${from}:${storageKey}`, raw);
    await this.storage.set(storageKey, review);
    return { status: "ok", review, migratedFrom: from };
  }

  private async quarantine(storageKey: string, raw: unknown, error: string): Promise<LoadResult> {
    const quarantinedAt = this.clock();
    let quarantineKey = `${QUARANTINE_PREFIX}${quarantinedAt}:${storageKey}`;
    for (let n = 2; (await this.storage.get(quarantineKey)) !== undefined; n++) quarantineKey = `${QUARANTINE_PREFIX}${quarantinedAt}#${n}:${storageKey}`;
    const record: QuarantinedRecord = { storageKey, raw, error, quarantinedAt };
    // Write the copy first: if that fails, the original stays where it was.
    await this.storage.set(quarantineKey, record);
    await this.storage.remove(storageKey);
    return { status: "corrupt", storageKey, quarantineKey, error };
  }
}
