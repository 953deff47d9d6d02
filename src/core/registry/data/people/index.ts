/** People with dated roles, one JSON file per country or international group. */
import baltic from "./baltic.json";
import de from "./de.json";
import eu_intl from "./eu-intl.json";
import fr from "./fr.json";
import gb from "./gb.json";
import il from "./il.json";
import nordic from "./nordic.json";
import pl from "./pl.json";
import ru from "./ru.json";
import ua from "./ua.json";
import us from "./us.json";

export const peopleEntries: unknown[] = [
  ...baltic,
  ...de,
  ...eu_intl,
  ...fr,
  ...gb,
  ...il,
  ...nordic,
  ...pl,
  ...ru,
  ...ua,
  ...us,
];
