/** Finding kind, severity and search: narrows the findings and claims lists as the user types. */
import type { ListFilter } from "./filter";
import { t } from "../ui/i18n";

export interface FilterBarProps {
  filter: ListFilter;
  /** The finding kinds present in this report (after the options' hidden kinds). */
  kinds: string[];
  onChange(filter: ListFilter): void;
}

export function FilterBar({ filter, kinds, onChange }: FilterBarProps) {
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <div class="filters" role="search" aria-label={t("popupFilterLabel")}>
      <label class="search">
        <span class="visually-hidden">{t("popupSearch")}</span>
        <input
          type="search"
          value={filter.query}
          placeholder={t("popupSearchPlaceholder")}
          onInput={(event) => onChange({ ...filter, query: value(event) })}
        />
      </label>
      {kinds.length > 0 ? (
        <>
          <label>
            <span class="visually-hidden">{t("popupFilterKind")}</span>
            <select name="kind" value={filter.kind} onChange={(event) => onChange({ ...filter, kind: value(event) })}>
              <option value="all">{`${t("popupFilterKind")}: ${t("popupFilterAll")}`}</option>
              {kinds.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span class="visually-hidden">{t("popupFilterSeverity")}</span>
            <select
              name="severity"
              value={filter.severity}
              onChange={(event) => onChange({ ...filter, severity: value(event) as ListFilter["severity"] })}
            >
              <option value="all">{`${t("popupFilterSeverity")}: ${t("popupFilterAll")}`}</option>
              <option value="warning">{t("popupFilterAtLeastWarning")}</option>
              <option value="error">{t("popupFilterErrors")}</option>
            </select>
          </label>
        </>
      ) : null}
    </div>
  );
}
