/** Runs a hardening property with its unit-suite case count (fast-check prints seed and counterexample on failure). */
import fc from "fast-check";
import { propertyNamed } from "./properties";

/** Per-test timeout: generous, because the machine running the suite may be shared and loaded. */
export const PROPERTY_TIMEOUT = 120_000;

export function runProperty(name: string): void {
  const { property, runs } = propertyNamed(name);
  fc.assert(property(), { numRuns: runs });
}

export function runsOf(...names: string[]): number {
  return names.reduce((sum, name) => sum + propertyNamed(name).runs, 0);
}
