/** Runs `main` as the executable would, with fake I/O that records what was written where. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";

export const DEMO_PAGE = new URL("../../fixtures/pages/demo-article.html", import.meta.url).pathname;
export const DEMO_TEXT = new URL("../../fixtures/demo-article.txt", import.meta.url).pathname;

export interface RunOptions {
  stdin?: string;
  fetch?: typeof fetch;
  stderrIsTTY?: boolean;
}

export async function run(argv: string[], options: RunOptions = {}) {
  let out = "";
  let err = "";
  const code = await main(argv, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    readStdin: () => Buffer.from(options.stdin ?? ""),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.stderrIsTTY !== undefined ? { stderrIsTTY: options.stderrIsTTY } : {}),
  });
  return { code, out, err };
}

export function tempFile(name: string, content: string | Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "sourcelight-")), name);
  writeFileSync(path, content);
  return path;
}

/** A one-claim text whose source is vague: the current checks give it one warning and no error. */
export const VAGUE_TEXT = "Sources said the bridge was closed.\n";
/** A text with one claim by a named source and nothing to find. */
export const CLEAN_TEXT = "Reuters reported that the bridge was closed on Monday.\n";
