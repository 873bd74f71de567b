import { createHash } from "node:crypto";
import type { SearchDocument } from "../types.ts";

/** A search document with defaults; `version` is derived from the content like the builders do. */
export function makeDocument(
  fields: Partial<SearchDocument> & Pick<SearchDocument, "id" | "type" | "text">,
): SearchDocument {
  const doc: SearchDocument = {
    externalId: null,
    speaker: null,
    verdict: null,
    status: null,
    outlet: null,
    kind: null,
    claimId: null,
    claimKey: fields.claimKey ?? fields.claimId ?? fields.id,
    articleId: null,
    articleTitle: null,
    body: null,
    byline: null,
    tags: [],
    context: null,
    origin: null,
    externalPublisher: null,
    date: null,
    dateTs: null,
    checkworthiness: null,
    version: "",
    ...fields,
  };
  if (doc.date && doc.dateTs === null) doc.dateTs = Math.floor(Date.parse(doc.date) / 1000);
  doc.version = createHash("sha1")
    .update(JSON.stringify({ ...doc, version: "" }))
    .digest("hex")
    .slice(0, 16);
  return doc;
}

export const CLAIM_DOCS: SearchDocument[] = [
  makeDocument({
    id: "claim-immigration",
    type: "claim",
    text: "Illegal immigration costs taxpayers more than 100 billion dollars every year.",
    speaker: "Dana Whitfield",
    verdict: "False",
    status: "published",
    externalId: "101.json",
    tags: ["immigration", "budget"],
    date: "2015-03-01T00:00:00.000Z",
    checkworthiness: 0.9,
    origin: "liar",
    externalPublisher: "PolitiFact",
  }),
  makeDocument({
    id: "claim-bridge",
    type: "claim",
    text: "The harbor bridge repairs came in forty percent over budget.",
    speaker: "Marco Alvarez",
    verdict: "Half True",
    status: "rated",
    tags: ["transportation"],
    date: "2019-06-15T00:00:00.000Z",
    checkworthiness: 0.7,
  }),
  makeDocument({
    id: "claim-vaccines",
    type: "claim",
    text: "Vaccination rates in county clinics doubled since the outreach program started.",
    speaker: "Priya Natarajan",
    verdict: "Mostly True",
    status: "published",
    tags: ["health"],
    date: "2021-01-10T00:00:00.000Z",
    checkworthiness: 0.6,
  }),
  makeDocument({
    id: "claim-jobs",
    type: "claim",
    text: "The factory closure cost the region two thousand manufacturing jobs.",
    speaker: "Dana Whitfield",
    verdict: "Mostly False",
    status: "new",
    tags: ["jobs", "economy"],
    date: "2020-09-30T00:00:00.000Z",
    checkworthiness: 0.8,
  }),
];

export const STATEMENT_DOCS: SearchDocument[] = [
  makeDocument({
    id: "stmt-jobs-1",
    type: "statement",
    text: "The factory closure cost the region two thousand manufacturing jobs, the mayor said.",
    speaker: "Dana Whitfield",
    kind: "direct_quote",
    outlet: "Harbor Gazette",
    claimId: "claim-jobs",
    claimKey: "claim-jobs",
    status: "new",
    verdict: "Mostly False",
    articleTitle: "Mayor debates jobs record",
    date: "2020-10-01T00:00:00.000Z",
    checkworthiness: 0.8,
  }),
  makeDocument({
    id: "stmt-jobs-2",
    type: "statement",
    text: "Two thousand manufacturing jobs were lost when the factory closed.",
    speaker: "Dana Whitfield",
    kind: "reported",
    outlet: "Valley Times",
    claimId: "claim-jobs",
    claimKey: "claim-jobs",
    status: "new",
    verdict: "Mostly False",
    articleTitle: "Factory closure, one year on",
    date: "2020-10-05T00:00:00.000Z",
    checkworthiness: 0.7,
  }),
  makeDocument({
    id: "stmt-budget",
    type: "statement",
    text: "Our city's budget for school lunches grew by a third under my administration.",
    speaker: "Marco Alvarez",
    kind: "direct_quote",
    outlet: "Valley Times",
    articleTitle: "Council budget hearing",
    date: "2022-02-02T00:00:00.000Z",
    checkworthiness: 0.5,
  }),
];

export const ARTICLE_DOCS: SearchDocument[] = [
  makeDocument({
    id: "article-harbor",
    type: "article",
    text: "Harbor bridge budget overruns spark council row",
    body: "Council members argued on Tuesday about the harbor bridge. The repairs cost far more than planned, and the engineers blamed corrosion found late in the inspection.",
    outlet: "Harbor Gazette",
    byline: "Jo Reporter",
    date: "2019-06-16T00:00:00.000Z",
  }),
];
