import { describe, expect, it } from "vitest";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { createBackground } from "../../../src/background/handler";
import { FINDINGS_KEY } from "../../../src/options/settings-schema";
import { contentSender, fakePlatform } from "../fakes/platform";
import { pageScanned } from "../fakes/scan";

const registry = createRegistry(bundledEntries());
const TEXT = "Bloomberg reported, citing European assessments, that Russian forces had suffered heavy losses. The ministry counted 627,900 cases reported in the region last year.";

describe("the badge and the options' finding kinds", () => {
  it("counts only the kinds the user shows, while the report keeps every finding", async () => {
    const platform = fakePlatform();
    const background = createBackground(platform, { registry });
    const first = (await background.handle(pageScanned(TEXT), contentSender(1))) as { ok: true; value: { report: { findings: { kind: string; severity: string }[] } } };
    const serious = first.value.report.findings.filter((f) => f.severity !== "info");
    expect(serious.length).toBeGreaterThan(0);
    expect(platform.badges.get(1)?.text).toBe(String(serious.length));

    const hidden = serious[0]!.kind;
    await platform.local.set(FINDINGS_KEY, { hiddenKinds: [hidden] });
    const second = (await background.handle(pageScanned(TEXT), contentSender(2))) as typeof first;
    expect(second.value.report.findings).toEqual(first.value.report.findings);
    const left = serious.filter((f) => f.kind !== hidden).length;
    expect(platform.badges.get(2)?.text).toBe(left > 0 ? String(left) : "");
  });
});
