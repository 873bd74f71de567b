import { router } from "../../trpc.ts";
import { listImportsProcedure } from "./list.ts";
import { uploadImportProcedure } from "./upload.ts";

/** Files admins upload to import earlier fact-checks (LIAR TSV, ClaimReview JSON). */
export const importsRouter = router({
  list: listImportsProcedure,
  upload: uploadImportProcedure,
});
