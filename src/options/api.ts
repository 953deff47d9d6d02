/** The options page's registry requests to the background, with every reply validated before use. */
import { z } from "zod";
import { requestBackground } from "../protocol/request";
import type { Platform } from "../platform/types";
import { TeamStatusSchema, UserEntriesSchema, type RegistryRequest, type TeamStatus } from "../protocol/registry-messages";
import type { Reply } from "../protocol/reply";
import type { RegistryEntry } from "../core/registry/schema";

/** Every request of this page goes through here, so its message type is checked at compile time. */
const request = <T extends z.ZodType>(platform: Platform, message: RegistryRequest, value: T): Promise<Reply<z.infer<T>>> =>
  requestBackground(platform, message, value);

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
