/** The popup's words for each mark status and filter (from _locales). */
import type { MarkStatus } from "../../core/review/model";
import type { MarkFilter } from "../../core/review/progress";
import type { MessageName } from "../../ui/i18n";

export const STATUS_WORDS: Record<MarkStatus, MessageName> = {
  verified: "reviewVerified",
  disputed: "reviewDisputed",
  "needs-checking": "reviewNeedsChecking",
  dismissed: "reviewDismissed",
};

export const FILTER_WORDS: Record<MarkFilter, MessageName> = {
  all: "reviewFilterAll",
  unmarked: "reviewFilterUnmarked",
  unreviewed: "reviewFilterUnreviewed",
  ...STATUS_WORDS,
};
