/**
 * What the registry says about a report's sources, fetched from the background (the popup does
 * not bundle the registry): country, description, and for people the role held on each claim's
 * date, or on the publication date when the claim has none.
 */
import { useEffect, useState } from "preact/hooks";
import type { Claim, Report } from "../core/report";
import type { SourceDetails } from "../protocol/registry-messages";
import type { PopupApi } from "./api";

export const detailsKey = (id: string, on: string | null) => `${id}|${on ?? ""}`;

export function roleDate(claim: Claim, report: Report): string | null {
  return claim.date?.value ?? report.article.published;
}

export function detailLookups(report: Report): { id: string; on: string | null }[] {
  const seen = new Map<string, { id: string; on: string | null }>();
  for (const claim of report.claims) {
    if (!claim.registry) continue;
    const on = roleDate(claim, report);
    seen.set(detailsKey(claim.registry.id, on), { id: claim.registry.id, on });
  }
  return [...seen.values()];
}

/** The details by detailsKey(id, date) and by id alone; empty until (and unless) the background answers. */
export function useSourceDetails(api: PopupApi, report: Report): Map<string, SourceDetails> {
  const [details, setDetails] = useState<Map<string, SourceDetails>>(new Map());
  useEffect(() => {
    const lookups = detailLookups(report);
    if (lookups.length === 0) return;
    let current = true;
    void api.registryDetails(lookups).then((reply) => {
      if (!current || !reply.ok) return; // without details the list still shows name and kind
      const map = new Map<string, SourceDetails>();
      for (const item of reply.value) {
        map.set(detailsKey(item.id, item.on), item);
        if (!map.has(item.id)) map.set(item.id, item);
      }
      setDetails(map);
    });
    return () => {
      current = false;
    };
  }, [api, report]);
  return details;
}
