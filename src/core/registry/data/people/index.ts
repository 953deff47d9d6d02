/**
 * People entries (heads of state and government, ministers, with dated roles).
 * Placeholder in the `registry` branch: the people data is written in parallel on another branch,
 * which replaces this file at merge with the list of its JSON files.
 */
export const peopleEntries: unknown[] = [];
