import { extractClaims } from "../src/core/extract";
const cases = [
  "The minister said the army would withdraw.",
  "The minister has said the army would withdraw.",
  "Smith says the plan is dead.",
  "The governor told reporters that the budget was balanced.",
  "The mayor wrote on Twitter that the bridge would reopen.",
  "The agency estimated that 3,000 jobs were lost.",
  "The report revealed that the company had paid no tax.",
  "The central bank warned that inflation would rise.",
  "The company denied the allegations.",
  "Inflation rose to 5 percent, according to the statistics office.",
  "Trump's spokesman said the meeting was cancelled.",
  "In a statement, the ministry said it would appeal.",
  "A senior official told Reuters the talks had stalled.",
  "The Wall Street Journal reported, citing people familiar with the matter, that the deal was off.",
  "It was reported that the talks had collapsed.",
  "Zelensky: we will not give up our land.",
  "Merkel believes the euro will survive.",
  "The senator wants a vote next week.",
  "Analysts expect the bank to cut rates.",
  "“We will win,” he said on Thursday.",
  "Sources familiar with the matter said the deal was off.",
  "Experts say the virus is spreading.",
  "The newspaper reported last week that the minister had resigned.",
  "Photo: Getty Images",
  "By John Smith",
  "Related: Ukraine war latest",
  "Share on Facebook",
  "KYIV (Reuters) - Ukraine said on Monday it had repelled an attack.",
];
for (const text of cases) {
  const cs = extractClaims(text);
  console.log(text, "\n   ", cs.map((c) => `[${c.cue.text}] src=${c.source?.text ?? "-"} (${c.sourceType}${c.resolvedSource ? "→" + c.resolvedSource : ""}) date=${c.date?.text ?? "-"} via=${c.via ?? "-"} content=${c.content?.text ?? "-"}`).join("\n    ") || "(none)");
}
