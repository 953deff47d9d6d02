/**
 * A team registry: an HTTPS JSON file a newsroom hosts, in the same format as a user export (or
 * a bare list of entries). Fetched only when the user has set its URL, through an injected fetch
 * so that the background worker passes the real one and tests a fake. A failed fetch, a bad file,
 * a time-out or an oversized answer never loses the last good copy, and an oversized answer is
 * never downloaded whole.
 */
import type { RegistryEntry } from "./schema";
import { parseUserEntries, type Result } from "./user";
import { readAtMost } from "../text/read-at-most";

export interface TeamResponse {
  status: number;
  headers: { get(name: string): string | null };
  /** The body as a stream (a real fetch Response): read chunk by chunk and stopped at the size limit. */
  body?: ReadableStream<Uint8Array> | null;
  /** Used only when there is no stream. */
  text(): Promise<string>;
}

export type TeamFetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<TeamResponse>;

export interface TeamCache {
  url: string;
  etag: string | null;
  /** ISO timestamp of the last successful fetch (200 or 304). */
  fetchedAt: string;
  entries: RegistryEntry[];
}

export interface TeamRefresh {
  /** The copy to keep: new on success, the previous one otherwise (null if there never was one). */
  cache: TeamCache | null;
  status: "updated" | "not-modified" | "failed";
  error?: string;
}

export const TEAM_TIMEOUT_MS = 10_000;
export const TEAM_MAX_BYTES = 5 * 1024 * 1024;

export interface RefreshOptions {
  url: string;
  cache: TeamCache | null;
  fetch: TeamFetch;
  now: () => Date;
  /** Ids the team's parents and roles may point at (the bundled registry). */
  known?: ReadonlySet<string>;
  timeoutMs?: number;
  maxBytes?: number;
}

export function checkTeamUrl(url: string): Result<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: "The team registry address is not a valid URL." };
  }
  if (parsed.protocol !== "https:") return { ok: false, error: "The team registry must be served over HTTPS." };
  return { ok: true, value: parsed.href };
}

export async function refreshTeamRegistry(options: RefreshOptions): Promise<TeamRefresh> {
  const { cache, now } = options;
  const checked = checkTeamUrl(options.url);
  if (!checked.ok) return { cache, status: "failed", error: checked.error };
  const url = checked.value;
  // A cache of another URL is not a copy of this registry: neither its ETag nor its entries count.
  const previous = cache && cache.url === url ? cache : null;
  const failed = (error: string): TeamRefresh => ({ cache: previous, status: "failed", error });
  const maxBytes = options.maxBytes ?? TEAM_MAX_BYTES;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error("timeout"));
    }, options.timeoutMs ?? TEAM_TIMEOUT_MS);
  });
  try {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (previous?.etag) headers["If-None-Match"] = previous.etag;
    const response = await Promise.race([options.fetch(url, { headers, signal: controller.signal }), timeout]);
    if (response.status === 304 && previous) {
      return { cache: { ...previous, fetchedAt: now().toISOString() }, status: "not-modified" };
    }
    if (response.status !== 200) return failed(`The team registry answered HTTP ${response.status}.`);
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > maxBytes) return failed(`The team registry is larger than ${maxBytes} bytes.`);
    const body = await Promise.race([readLimited(response, maxBytes), timeout]);
    if (body === null) return failed(`The team registry is larger than ${maxBytes} bytes.`);
    const parsed = parseUserEntries(body, options.known);
    if (!parsed.ok) return failed(`The team registry was rejected: ${parsed.error}`);
    const etag = response.headers.get("etag");
    return { cache: { url, etag, fetchedAt: now().toISOString(), entries: parsed.value }, status: "updated" };
  } catch (error) {
    const message = (error as Error).message === "timeout" ? "The team registry did not answer in time." : `The team registry could not be fetched (${(error as Error).message}).`;
    return failed(message);
  } finally {
    clearTimeout(timer);
    // Whatever was not read (an oversized, refused or failed answer) is not downloaded any further.
    controller.abort();
  }
}

/** The body as text, or null when it passes `maxBytes` (a stream is cut there, never read whole). */
async function readLimited(response: TeamResponse, maxBytes: number): Promise<string | null> {
  if (!response.body) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > maxBytes ? null : text;
  }
  const bytes = await readAtMost(response.body, maxBytes);
  return bytes === null ? null : new TextDecoder().decode(bytes);
}
