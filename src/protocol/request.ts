/**
 * A request from an extension page (popup, options) to the background, its reply validated with
 * zod before use: a reply of the wrong shape or a failed send becomes an error reply, never a throw.
 */
import type { z } from "zod";
import type { Platform } from "../platform/types";
import { replySchema, type Reply } from "./reply";

export const BACKGROUND_GONE = "The extension's background stopped before it answered; try again.";

export async function requestBackground<M, T extends z.ZodType>(platform: Platform, message: M, value: T): Promise<Reply<z.infer<T>>> {
  try {
    const parsed = replySchema(value).safeParse(await platform.sendToBackground(message));
    if (parsed.success) return parsed.data as Reply<z.infer<T>>;
    return { ok: false, code: "invalid", error: "The extension's background gave an unexpected answer." };
  } catch (error) {
    // The send itself failed: the worker was stopped or restarted mid-request (Chrome: "message port
    // closed", "Receiving end does not exist"). Say what happened and what to do; keep the browser's words.
    const raw = error instanceof Error ? error.message : String(error);
    return { ok: false, code: "failed", error: `${BACKGROUND_GONE} (${raw})` };
  }
}
