import { router } from "../../trpc.ts";
import { assignProcedure } from "./assign.ts";
import { getClaimProcedure } from "./get.ts";
import { likelyMatchesProcedure } from "./likely-matches.ts";
import { openForStatementProcedure } from "./open-for-statement.ts";
import { researchProcedure } from "./research.ts";
import { sendBackProcedure } from "./send-back.ts";

export const claimRouter = router({
  get: getClaimProcedure,
  likelyMatches: likelyMatchesProcedure,
  openForStatement: openForStatementProcedure,
  assign: assignProcedure,
  research: researchProcedure,
  sendBack: sendBackProcedure,
});
