import { extractClaims } from "../src/core/extract";
const text = process.argv[2]!.replace(/\\n/g, "\n");
console.log(JSON.stringify(extractClaims(text), null, 1));
