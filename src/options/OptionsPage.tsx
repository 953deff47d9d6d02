/** The options page: scanning, what is shown, and the user's and team's registry entries. */
import type { Platform } from "../platform/types";
import { t } from "../ui/i18n";
import type { OptionsApi } from "./api";
import { DisplaySection } from "./DisplaySection";
import { RegistryEditor } from "./RegistryEditor";
import { ReviewSection } from "./review-section";
import { ScanningSection } from "./ScanningSection";
import { TeamSection } from "./TeamSection";

export function OptionsPage({ platform, api }: { platform: Platform; api: OptionsApi }) {
  return (
    <main>
      <h1>{t("optionsTitle")}</h1>
      <ScanningSection platform={platform} />
      <DisplaySection platform={platform} />
      <RegistryEditor api={api} />
      <TeamSection api={api} platform={platform} />
      <ReviewSection platform={platform} />
    </main>
  );
}
