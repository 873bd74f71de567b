import { router } from "../../trpc.ts";
import { approveCorrectionProcedure } from "./approve-correction.ts";
import { correctProcedure } from "./correct.ts";
import { draftProcedure } from "./draft.ts";
import { previewProcedure } from "./preview.ts";
import { publishProcedure } from "./publish.ts";
import { retractProcedure } from "./retract.ts";
import { saveDraftProcedure } from "./save-draft.ts";
import { withdrawCorrectionProcedure } from "./withdraw-correction.ts";

export const publishingRouter = router({
  publish: publishProcedure,
  correct: correctProcedure,
  approveCorrection: approveCorrectionProcedure,
  withdrawCorrection: withdrawCorrectionProcedure,
  draft: draftProcedure,
  saveDraft: saveDraftProcedure,
  preview: previewProcedure,
  retract: retractProcedure,
});
