/**
 * Which manifest permission each extension API needs, and the check that the manifest asks for
 * exactly what the code uses. Pure functions over a manifest object and a list of API uses, so the
 * test can run them on the real build and on deliberately wrong manifests.
 */

export interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  action?: unknown;
  commands?: unknown;
  [key: string]: unknown;
}

/** What an API use requires of the manifest; `null` when it needs nothing. */
interface Rule {
  api: RegExp;
  why: string;
  /** The unmet requirement, or null when the manifest allows this use. */
  missing: (manifest: Manifest) => string | null;
}

const has = (manifest: Manifest, permission: string) => (manifest.permissions ?? []).includes(permission);
const hostPatterns = (manifest: Manifest) => [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
const needs = (permission: string) => (manifest: Manifest) => (has(manifest, permission) ? null : `the "${permission}" permission`);
const needsHosts = (manifest: Manifest) => (hostPatterns(manifest).length > 0 ? null : "host permissions (required or optional)");
const free = () => null;

export const RULES: Rule[] = [
  { api: /^storage\./, why: "settings, reports, reviews", missing: needs("storage") },
  {
    api: /^scripting\.executeScript$/,
    why: "injects the content script into the tab the user pointed at",
    missing: (m) => needs("scripting")(m) ?? (has(m, "activeTab") || hostPatterns(m).length > 0 ? null : `"activeTab" or host permissions`),
  },
  {
    api: /^scripting\.(registerContentScripts|updateContentScripts|unregisterContentScripts|getRegisteredContentScripts)$/,
    why: "automatic scanning of the sites the user granted",
    missing: (m) => needs("scripting")(m) ?? needsHosts(m),
  },
  { api: /^contextMenus\./, why: "the page's context-menu item", missing: needs("contextMenus") },
  { api: /^permissions\.(request|contains)$/, why: "asks for the hosts of auto-scan and the team registry", missing: needsHosts },
  { api: /^fetch$/, why: "the team registry, from the background, on a host the user granted", missing: needsHosts },
  { api: /^action\./, why: "the badge", missing: (m) => (m.action ? null : 'the "action" manifest key') },
  { api: /^commands\./, why: "keyboard shortcuts", missing: (m) => (m.commands ? null : 'the "commands" manifest key') },
  // No permission at all: messaging, i18n, and tab events/queries/messages (the "tabs" permission
  // would only add every tab's URL and title, which activeTab gives for the tab the user chose).
  { api: /^runtime\.(id|getURL|onMessage|sendMessage|onInstalled)$/, why: "messaging and install events", missing: free },
  { api: /^i18n\.getMessage$/, why: "localised strings", missing: free },
  { api: /^tabs\.(query|sendMessage|onUpdated|onRemoved)$/, why: "the active tab, talking to the content script, clearing a tab's report", missing: free },
];

/** Each permission we may ask for, and whether the API uses justify it. */
const JUSTIFIED: Record<string, (apis: string[], manifest: Manifest) => boolean> = {
  storage: (apis) => apis.some((api) => api.startsWith("storage.")),
  scripting: (apis) => apis.some((api) => api.startsWith("scripting.")),
  contextMenus: (apis) => apis.some((api) => api.startsWith("contextMenus.")),
  // activeTab grants a tab on a user gesture (toolbar button, shortcut, context menu); it is used
  // when the code injects into that tab.
  activeTab: (apis, manifest) =>
    apis.includes("scripting.executeScript") && Boolean(manifest.action || manifest.commands || apis.some((api) => api.startsWith("contextMenus."))),
};

export interface PermissionProblems {
  /** Permissions nothing in the code uses. */
  unused: string[];
  /** API uses whose permission (or manifest key) is missing. */
  missing: string[];
  /** API uses no rule covers: someone must say which permission they need. */
  unknown: string[];
}

export function checkPermissions(manifest: Manifest, apis: string[]): PermissionProblems {
  const unused: string[] = [];
  for (const permission of [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])]) {
    if (!JUSTIFIED[permission]?.(apis, manifest)) unused.push(permission);
  }
  const hostUsers = apis.filter((api) => /^(permissions\.|fetch$|scripting\.(register|update)ContentScripts)/.test(api));
  for (const pattern of hostPatterns(manifest)) if (hostUsers.length === 0) unused.push(`host ${pattern}`);
  if ((manifest.host_permissions ?? []).length > 0) unused.push(...manifest.host_permissions!.map((p) => `required host ${p} (ask at run time instead)`));
  const missing: string[] = [];
  const unknown: string[] = [];
  for (const api of apis) {
    const rule = RULES.find((candidate) => candidate.api.test(api));
    if (!rule) unknown.push(api);
    else {
      const lack = rule.missing(manifest);
      if (lack) missing.push(`${api} needs ${lack}`);
    }
  }
  return { unused, missing, unknown };
}

/** `browser.x.y` / `chrome.x.y` uses and global `fetch(` calls in source text (comments stripped). */
export function apiUses(code: string): string[] {
  const uses = new Set<string>();
  for (const match of code.matchAll(/\b(?:browser|chrome)\.([a-z][a-zA-Z]*)\.([a-zA-Z]+)/g)) uses.add(`${match[1]}.${match[2]}`);
  if (/(?<![.\w])fetch\s*\(/.test(code)) uses.add("fetch");
  return [...uses];
}
