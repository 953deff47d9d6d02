/** One settings key of storage.local as Preact state: parsed with its schema on load, written on change. */
import { useEffect, useState } from "preact/hooks";
import type { z } from "zod";
import type { KeyValueArea } from "../platform/types";
import { parseStored } from "./settings-schema";

export function useStoredSetting<T extends z.ZodType>(local: KeyValueArea, key: string, schema: T) {
  const [value, setValue] = useState<z.infer<T> | null>(null);
  useEffect(() => {
    void local.get(key).then((stored) => setValue(parseStored(schema, stored)));
  }, [local, key]);
  const save = async (next: z.infer<T>) => {
    // Only what the schema accepts is ever stored, so every reader can trust it.
    const parsed = schema.parse(next);
    setValue(parsed);
    await local.set(key, parsed);
  };
  return [value, save] as const;
}
