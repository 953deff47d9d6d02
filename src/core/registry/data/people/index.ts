/** People with dated roles, one JSON file per country or international group. */
import de from "./de.json";
import fr from "./fr.json";
import gb from "./gb.json";
import ua from "./ua.json";
import us from "./us.json";

export const peopleEntries: unknown[] = [
  ...de,
  ...fr,
  ...gb,
  ...ua,
  ...us,
];
