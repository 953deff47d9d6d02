/**
 * A request from an extension page (popup, options) to the background, its reply validated with
 * zod before use: a reply of the wrong shape or a failed send becomes an error reply, never a throw.
 */
import type { z } from "zod";
import type { Platform } from "../platform/types";
import { replySchema, type Reply } from "./reply";

export async function requestBackground<M, T extends z.ZodType>(platform: Platform, message: M, value: T): Promise<Reply<z.infer<T>>> {
  try {
    const parsed = replySchema(value).safeParse(await platform.sendToBackground(message));
    if (parsed.success) return parsed.data as Reply<z.infer<T>>;
    return { ok: false, code: "invalid", error: "The extension's background gave an unexpected answer." };
  } catch (error) {
    return { ok: false, code: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}
