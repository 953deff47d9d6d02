/** A Map behind the KeyValueStorage interface, copying values as browser.storage does (structured clone). */
import type { KeyValueStorage } from "../../../src/core/review/store";

export class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, unknown>();
  async get(key: string): Promise<unknown> {
    return this.data.has(key) ? structuredClone(this.data.get(key)) : undefined;
  }
  async set(key: string, value: unknown): Promise<void> {
    this.data.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
  async list(prefix: string): Promise<string[]> {
    return [...this.data.keys()].filter((key) => key.startsWith(prefix));
  }
}
