/**
 * Words that name a country in English news: used to tell apart entries that share an alias
 * ("ABC" in Australia or the US) and, by the data generator, to write "Ukrainian Defence Ministry"
 * style aliases. Only countries whose entries need telling apart are listed.
 */
export interface CountryWords {
  /** Names as news writes them, the first being the usual short name. */
  names: readonly string[];
  /** Adjectives and demonyms ("Ukrainian"). */
  adjectives: readonly string[];
  capital: string;
}

export const COUNTRY_WORDS: Readonly<Record<string, CountryWords>> = {
  AR: { names: ["Argentina"], adjectives: ["Argentine", "Argentinian"], capital: "Buenos Aires" },
  AU: { names: ["Australia"], adjectives: ["Australian"], capital: "Canberra" },
  BR: { names: ["Brazil"], adjectives: ["Brazilian"], capital: "Brasilia" },
  CA: { names: ["Canada"], adjectives: ["Canadian"], capital: "Ottawa" },
  CN: { names: ["China", "PRC"], adjectives: ["Chinese"], capital: "Beijing" },
  FR: { names: ["France"], adjectives: ["French"], capital: "Paris" },
  DE: { names: ["Germany"], adjectives: ["German"], capital: "Berlin" },
  IN: { names: ["India"], adjectives: ["Indian"], capital: "New Delhi" },
  ID: { names: ["Indonesia"], adjectives: ["Indonesian"], capital: "Jakarta" },
  IT: { names: ["Italy"], adjectives: ["Italian"], capital: "Rome" },
  JP: { names: ["Japan"], adjectives: ["Japanese"], capital: "Tokyo" },
  MX: { names: ["Mexico"], adjectives: ["Mexican"], capital: "Mexico City" },
  RU: { names: ["Russia", "Russian Federation"], adjectives: ["Russian"], capital: "Moscow" },
  SA: { names: ["Saudi Arabia"], adjectives: ["Saudi"], capital: "Riyadh" },
  ZA: { names: ["South Africa"], adjectives: ["South African"], capital: "Pretoria" },
  KR: { names: ["South Korea", "Korea", "Republic of Korea"], adjectives: ["South Korean"], capital: "Seoul" },
  TR: { names: ["Turkey", "Türkiye"], adjectives: ["Turkish"], capital: "Ankara" },
  GB: { names: ["Britain", "United Kingdom", "UK", "Great Britain"], adjectives: ["British"], capital: "London" },
  US: { names: ["United States", "US", "USA", "America", "United States of America"], adjectives: ["American", "US"], capital: "Washington" },
  UA: { names: ["Ukraine"], adjectives: ["Ukrainian"], capital: "Kyiv" },
  IL: { names: ["Israel"], adjectives: ["Israeli"], capital: "Jerusalem" },
  IR: { names: ["Iran"], adjectives: ["Iranian"], capital: "Tehran" },
  PL: { names: ["Poland"], adjectives: ["Polish"], capital: "Warsaw" },
  EE: { names: ["Estonia"], adjectives: ["Estonian"], capital: "Tallinn" },
  LV: { names: ["Latvia"], adjectives: ["Latvian"], capital: "Riga" },
  LT: { names: ["Lithuania"], adjectives: ["Lithuanian"], capital: "Vilnius" },
  NO: { names: ["Norway"], adjectives: ["Norwegian"], capital: "Oslo" },
  SE: { names: ["Sweden"], adjectives: ["Swedish"], capital: "Stockholm" },
  FI: { names: ["Finland"], adjectives: ["Finnish"], capital: "Helsinki" },
  DK: { names: ["Denmark"], adjectives: ["Danish"], capital: "Copenhagen" },
  IS: { names: ["Iceland"], adjectives: ["Icelandic"], capital: "Reykjavik" },
  BY: { names: ["Belarus"], adjectives: ["Belarusian"], capital: "Minsk" },
  QA: { names: ["Qatar"], adjectives: ["Qatari"], capital: "Doha" },
  AE: { names: ["United Arab Emirates", "UAE"], adjectives: ["Emirati"], capital: "Abu Dhabi" },
  ES: { names: ["Spain"], adjectives: ["Spanish"], capital: "Madrid" },
  NL: { names: ["Netherlands", "Holland"], adjectives: ["Dutch"], capital: "Amsterdam" },
  BE: { names: ["Belgium"], adjectives: ["Belgian"], capital: "Brussels" },
  CH: { names: ["Switzerland"], adjectives: ["Swiss"], capital: "Bern" },
  AT: { names: ["Austria"], adjectives: ["Austrian"], capital: "Vienna" },
  IE: { names: ["Ireland"], adjectives: ["Irish"], capital: "Dublin" },
  HK: { names: ["Hong Kong"], adjectives: ["Hong Kong"], capital: "Hong Kong" },
  SG: { names: ["Singapore"], adjectives: ["Singaporean"], capital: "Singapore" },
};

/** Every word (split on spaces) that names the country: the words disambiguation looks for. */
export function countryContextWords(code: string | null): string[] {
  if (!code) return [];
  const words = COUNTRY_WORDS[code];
  if (!words) return [];
  return [...words.names, ...words.adjectives, words.capital].filter((w) => w.length > 0);
}
