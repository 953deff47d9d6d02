/** The popup's requests to the background, with every reply validated before use. */
import { z } from "zod";
import type { Platform } from "../platform/types";
import { MaybeTabStateSchema, TabStateSchema, type TabState, type UiToBackground } from "../protocol/messages";
import { replySchema, type Reply } from "../protocol/reply";
import { SourceDetailsListSchema, type SourceDetails } from "../protocol/registry-messages";

async function request<T extends z.ZodType>(platform: Platform, message: UiToBackground, value: T): Promise<Reply<z.infer<T>>> {
  try {
    const parsed = replySchema(value).safeParse(await platform.sendToBackground(message));
    if (parsed.success) return parsed.data as Reply<z.infer<T>>;
    return { ok: false, code: "invalid", error: "The extension's background gave an unexpected answer." };
  } catch (error) {
    return { ok: false, code: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}

export const popupApi = (platform: Platform) => ({
  getTabState: (tabId: number): Promise<Reply<TabState | null>> =>
    request(platform, { type: "get-tab-state", tabId }, MaybeTabStateSchema),
  scanTab: (tabId: number): Promise<Reply<TabState>> => request(platform, { type: "scan-tab", tabId }, TabStateSchema),
  revealClaim: (tabId: number, claimId: string): Promise<Reply<boolean>> =>
    request(platform, { type: "reveal-claim", tabId, claimId }, z.boolean()),
  setHighlights: (tabId: number, visible: boolean): Promise<Reply<TabState>> =>
    request(platform, { type: "set-highlights", tabId, visible }, TabStateSchema),
  registryDetails: (lookups: { id: string; on: string | null }[]): Promise<Reply<SourceDetails[]>> =>
    request(platform, { type: "registry/details", lookups }, SourceDetailsListSchema),
});

export type PopupApi = ReturnType<typeof popupApi>;
