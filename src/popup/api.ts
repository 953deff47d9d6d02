/** The popup's requests to the background, with every reply validated before use. */
import { z } from "zod";
import { requestBackground } from "../protocol/request";
import type { Platform } from "../platform/types";
import { MaybeTabStateSchema, TabStateSchema, type TabState, type UiToBackground } from "../protocol/messages";
import type { Reply } from "../protocol/reply";
import { SourceDetailsListSchema, type SourceDetails } from "../protocol/registry-messages";

/** Every request of this page goes through here, so its message type is checked at compile time. */
const request = <T extends z.ZodType>(platform: Platform, message: UiToBackground, value: T): Promise<Reply<z.infer<T>>> =>
  requestBackground(platform, message, value);

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
