import { router } from "../../trpc.ts";
import { assignProcedure } from "./assign.ts";
import { getClaimProcedure } from "./get.ts";
import { likelyMatchesProcedure } from "./likely-matches.ts";
import { mergePreviewProcedure, mergeProcedure } from "./merge.ts";
import { openForStatementProcedure } from "./open-for-statement.ts";
import { researchProcedure } from "./research.ts";
import { resolveProcedure } from "./resolve.ts";
import { rewordProcedure } from "./reword.ts";
import { sendBackProcedure } from "./send-back.ts";
import { setTagsProcedure } from "./set-tags.ts";
import { splitProcedure } from "./split.ts";

export const claimRouter = router({
  get: getClaimProcedure,
  likelyMatches: likelyMatchesProcedure,
  openForStatement: openForStatementProcedure,
  assign: assignProcedure,
  research: researchProcedure,
  sendBack: sendBackProcedure,
  reword: rewordProcedure,
  setTags: setTagsProcedure,
  mergePreview: mergePreviewProcedure,
  merge: mergeProcedure,
  split: splitProcedure,
  resolve: resolveProcedure,
});
