// @vitest-environment jsdom
/** @jsxImportSource preact */
import { render } from "preact";
import { act } from "preact/test-utils";
import { describe, expect, it } from "vitest";
import { createRegistry } from "../../../src/core/registry";
import { bundledEntries } from "../../../src/core/registry/bundled";
import { createBackground } from "../../../src/background/handler";
import { registryLayers, USER_ENTRIES_KEY } from "../../../src/background/registry-layers";
import { optionsApi } from "../../../src/options/api";
import { entryFromForm, EMPTY_FORM } from "../../../src/options/entry-form";
import { OptionsPage } from "../../../src/options/OptionsPage";
import { FINDINGS_KEY, SCANNING_KEY } from "../../../src/options/settings-schema";
import { teamOriginPattern } from "../../../src/options/TeamSection";
import { setMessageLookup } from "../../../src/ui/i18n";
import { englishLookup } from "../fakes/i18n";
import { fakePlatform, popupSender } from "../fakes/platform";

// The page's words come from _locales/en, as in the browser.
setMessageLookup(englishLookup);

const bundled = bundledEntries();

async function mount() {
  const platform = fakePlatform();
  const background = createBackground(platform, { registry: createRegistry(bundled), layers: registryLayers(platform.local, () => bundled) });
  platform.backgroundReply = (message) => background.handle(message, { ...popupSender, url: "chrome-extension://sourcelight-test-id/options.html" });
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  await act(async () => render(<OptionsPage platform={platform} api={optionsApi(platform)} />, root));
  await settle();
  return { platform, root };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
};
const type = async (element: Element | null, value: string) => {
  if (!element) throw new Error("no such element");
  await act(async () => {
    (element as HTMLInputElement).value = value;
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  });
};
const click = async (element: Element | null) => {
  if (!element) throw new Error("no such element");
  await act(async () => (element as HTMLElement).click());
  await settle();
};
const submit = async (form: Element | null) => {
  await act(async () => {
    form!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  });
  await settle();
};
const button = (root: Element, text: string) => [...root.querySelectorAll("button")].find((b) => b.textContent === text) ?? null;

describe("the entry form", () => {
  it("turns the form into a validated entry or names the field at fault", () => {
    const good = entryFromForm({ ...EMPTY_FORM, id: "kyiv-monitor", name: "Kyiv Monitor", kind: "think-tank", country: "ua", aliases: "Monitor, KM ", description: "A think tank." });
    expect(good).toMatchObject({ ok: true, entry: { country: "UA", aliases: ["Monitor", "KM"], parent: null, roles: [] } });
    expect(entryFromForm({ ...EMPTY_FORM, id: "Kyiv Monitor", name: "x" })).toMatchObject({ ok: false, field: "id" });
    expect(entryFromForm({ ...EMPTY_FORM, id: "x", name: "x", country: "Ukraine" })).toMatchObject({ ok: false, field: "country" });
    const person = entryFromForm({ ...EMPTY_FORM, id: "p", name: "P", kind: "person", roles: "Mayor | ua-government | 2020 |\nMinister | ua-mod | 2019-03 | 2020" });
    expect(person).toMatchObject({ ok: true, entry: { roles: [{ title: "Mayor", to: null }, { from: "2019-03", to: "2020" }] } });
    expect(entryFromForm({ ...EMPTY_FORM, id: "p", name: "P", roles: "Mayor | x | last year" })).toMatchObject({ ok: false, field: "roles" });
  });
});

describe("the registry editor", () => {
  it("adds, edits and deletes an entry, showing a validation error in the form", async () => {
    const { root, platform } = await mount();
    await click(root.querySelector('button[name="add-entry"]'));
    const form = root.querySelector(".entry-form")!;
    await type(form.querySelector('[name="name"]'), "Kyiv Monitor");
    await type(form.querySelector('[name="id"]'), "Kyiv Monitor");
    await submit(form);
    expect(form.querySelector('[role="alert"]')?.textContent).toContain("Id:");
    expect(form.querySelector('[name="id"]')?.getAttribute("aria-invalid")).toBe("true");
    await type(form.querySelector('[name="id"]'), "kyiv-monitor");
    await type(form.querySelector('[name="parent"]'), "no-such-parent");
    await submit(form);
    expect(form.querySelector('[role="alert"]')?.textContent).toContain("no-such-parent");
    await type(form.querySelector('[name="parent"]'), "");
    await submit(root.querySelector(".entry-form"));
    expect(root.querySelector(".entry-form")).toBeNull();
    expect(root.querySelector('[data-entry="kyiv-monitor"] .entry-name')?.textContent).toBe("Kyiv Monitor");
    expect(platform.local.data.get(USER_ENTRIES_KEY)).toMatchObject([{ id: "kyiv-monitor" }]);

    await click(root.querySelector('[aria-label="Edit Kyiv Monitor"]'));
    await type(root.querySelector('.entry-form [name="name"]'), "Kyiv Reform Monitor");
    await submit(root.querySelector(".entry-form"));
    expect(root.querySelector('[data-entry="kyiv-monitor"] .entry-name')?.textContent).toBe("Kyiv Reform Monitor");
    await click(root.querySelector('[aria-label="Delete Kyiv Reform Monitor"]'));
    expect(root.querySelector("[data-entry]")).toBeNull();
    expect(platform.local.data.get(USER_ENTRIES_KEY)).toEqual([]);
  });

  it("rejects a bad import with its reason and keeps the stored entries", async () => {
    const { root, platform } = await mount();
    const choose = async (name: string, text: string) => {
      const input = root.querySelector('input[name="import"]') as HTMLInputElement;
      Object.defineProperty(input, "files", { configurable: true, value: [new File([text], name, { type: "application/json" })] });
      await act(async () => {
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
      await settle();
    };
    const entry = { id: "my-source", name: "My Source", kind: "ngo", country: "FR", description: "An NGO." };
    await choose("good.json", JSON.stringify([entry]));
    expect(root.querySelector('[role="status"]')?.textContent).toContain("Imported good.json");
    expect(root.querySelector('[data-entry="my-source"]')).not.toBeNull();
    await type(root.querySelector('select[name="import-mode"]'), "replace");
    await choose("bad.json", JSON.stringify([{ ...entry, id: "other", country: "France" }]));
    const alert = root.querySelector('.registry [role="alert"]')?.textContent ?? "";
    expect(alert).toContain("bad.json was not imported");
    expect(alert).toContain("country");
    expect(root.querySelector('[data-entry="my-source"]')).not.toBeNull();
    expect(platform.local.data.get(USER_ENTRIES_KEY)).toMatchObject([{ id: "my-source" }]);
  });
});

describe("scanning mode", () => {
  it("asks for the chosen sites' access from the click and stores the mode only when granted", async () => {
    const { root, platform } = await mount();
    await click(root.querySelector('input[value="sites"]'));
    await type(root.querySelector('input[name="site"]'), "not a site");
    await submit(root.querySelector('input[name="site"]')!.closest("form"));
    expect(root.querySelector('section [role="alert"]')?.textContent).toContain("not a site");
    await type(root.querySelector('input[name="site"]'), "https://www.news.example/world");
    await submit(root.querySelector('input[name="site"]')!.closest("form"));
    platform.grantPermissions = false;
    await click(root.querySelector('button[name="save-scanning"]'));
    expect(platform.local.data.has(SCANNING_KEY)).toBe(false);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("not granted");
    platform.grantPermissions = true;
    await click(root.querySelector('button[name="save-scanning"]'));
    expect([...platform.grantedOrigins]).toEqual(["https://www.news.example/*", "http://www.news.example/*"]);
    expect(platform.local.data.get(SCANNING_KEY)).toEqual({ scanMode: "sites", sites: ["www.news.example"] });
  });

  it("stores the finding kinds to hide", async () => {
    const { root, platform } = await mount();
    await click(root.querySelector('input[name="kind-vague-source"]'));
    expect(platform.local.data.get(FINDINGS_KEY)).toEqual({ hiddenKinds: ["vague-source"] });
  });
});

describe("team registry", () => {
  it("asks only for the HTTPS origin of the address", async () => {
    expect(teamOriginPattern("https://newsroom.example/data/registry.json")).toBe("https://newsroom.example/*");
    expect(teamOriginPattern("http://newsroom.example/registry.json")).toBeNull();
    const { root, platform } = await mount();
    await type(root.querySelector('input[name="team-url"]'), "http://newsroom.example/r.json");
    await submit(root.querySelector('input[name="team-url"]')!.closest("form"));
    expect(root.querySelector('.team [role="alert"]')?.textContent).toContain("https://");
    expect([...platform.grantedOrigins]).toEqual([]);
  });
});
