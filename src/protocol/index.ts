export * from "./messages";
export * from "./reply";
export * from "./settings";
export * from "./registry-messages";
