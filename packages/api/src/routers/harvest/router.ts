import { router } from "../../trpc.ts";
import { addHarvestSourceProcedure } from "./add.ts";
import { deleteHarvestSourceProcedure } from "./delete.ts";
import { listHarvestSourcesProcedure } from "./list.ts";
import { runHarvestSourceProcedure } from "./run.ts";
import { setHarvestSourceEnabledProcedure } from "./set-enabled.ts";

/** Fact-checkers' sitemaps, feeds and page lists the worker harvests ClaimReview from (admins). */
export const harvestRouter = router({
  list: listHarvestSourcesProcedure,
  add: addHarvestSourceProcedure,
  setEnabled: setHarvestSourceEnabledProcedure,
  run: runHarvestSourceProcedure,
  delete: deleteHarvestSourceProcedure,
});
