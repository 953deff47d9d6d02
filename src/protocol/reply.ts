/** Every reply is either a value or an error a user can read; nothing is thrown across contexts. */
import { z } from "zod";

/**
 * "no-article": the page was read and holds no article (a home page, a form); the popup says so.
 * "stale": a page-text referred to a scan the background no longer knows; the page sends its whole text.
 */
export const ErrorCodeSchema = z.enum(["restricted", "invalid", "forbidden", "failed", "timeout", "no-article", "stale"]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; code: ErrorCode };

export function replySchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion("ok", [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: z.string(), code: ErrorCodeSchema }),
  ]);
}

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, error: string): Reply<never> {
  return { ok: false, error, code };
}

/** An error carrying the code its reply should have. */
export class ReplyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
