/** The options page's registry requests to the background, with every reply validated before use. */
import { z } from "zod";
import type { Platform } from "../platform/types";
import { TeamStatusSchema, UserEntriesSchema, type RegistryRequest, type TeamStatus } from "../protocol/registry-messages";
import { replySchema, type Reply } from "../protocol/reply";
import type { RegistryEntry } from "../core/registry/schema";

async function request<T extends z.ZodType>(platform: Platform, message: RegistryRequest, value: T): Promise<Reply<z.infer<T>>> {
  try {
    const parsed = replySchema(value).safeParse(await platform.sendToBackground(message));
    if (parsed.success) return parsed.data as Reply<z.infer<T>>;
    return { ok: false, code: "invalid", error: "The extension's background gave an unexpected answer." };
  } catch (error) {
    return { ok: false, code: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}

export const optionsApi = (platform: Platform) => ({
  userEntries: (): Promise<Reply<RegistryEntry[]>> => request(platform, { type: "registry/user-list" }, UserEntriesSchema),
  saveEntry: (entry: RegistryEntry, previousId: string | null): Promise<Reply<RegistryEntry[]>> =>
    request(platform, { type: "registry/user-save", entry, previousId }, UserEntriesSchema),
  deleteEntry: (id: string): Promise<Reply<RegistryEntry[]>> => request(platform, { type: "registry/user-delete", id }, UserEntriesSchema),
  importEntries: (json: string, mode: "merge" | "replace"): Promise<Reply<RegistryEntry[]>> =>
    request(platform, { type: "registry/user-import", json, mode }, UserEntriesSchema),
  teamStatus: (): Promise<Reply<TeamStatus>> => request(platform, { type: "registry/team-status" }, TeamStatusSchema),
  setTeamUrl: (url: string | null): Promise<Reply<TeamStatus>> => request(platform, { type: "registry/team-set", url }, TeamStatusSchema),
  refreshTeam: (): Promise<Reply<TeamStatus>> => request(platform, { type: "registry/team-refresh" }, TeamStatusSchema),
});

export type OptionsApi = ReturnType<typeof optionsApi>;
