import { router } from "../../trpc.ts";
import { approveCorrectionProcedure } from "./approve-correction.ts";
import { correctProcedure } from "./correct.ts";
import { publishProcedure } from "./publish.ts";
import { withdrawCorrectionProcedure } from "./withdraw-correction.ts";

export const publishingRouter = router({
  publish: publishProcedure,
  correct: correctProcedure,
  approveCorrection: approveCorrectionProcedure,
  withdrawCorrection: withdrawCorrectionProcedure,
});
