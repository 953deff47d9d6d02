/**
 * Options page entry. (It does not import the registry data: the background answers registry
 * requests, so this page stays small.)
 */
import { render } from "preact";
import { browserPlatform } from "../platform";
import { setMessageLookup, t } from "../ui/i18n";
import { optionsApi } from "./api";
import { OptionsPage } from "./OptionsPage";

const platform = browserPlatform();
setMessageLookup((name, substitutions) => platform.message(name, substitutions));
document.title = t("optionsTitle");
const root = document.getElementById("app");
if (root) render(<OptionsPage platform={platform} api={optionsApi(platform)} />, root);
