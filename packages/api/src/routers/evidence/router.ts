import { router } from "../../trpc.ts";
import { addEvidenceProcedure } from "./add.ts";
import { setRemovedProcedure } from "./set-removed.ts";
import { getSnapshotProcedure, retrySnapshotProcedure } from "./snapshot.ts";
import { updateEvidenceProcedure } from "./update.ts";

export const evidenceRouter = router({
  add: addEvidenceProcedure,
  update: updateEvidenceProcedure,
  setRemoved: setRemovedProcedure,
  retrySnapshot: retrySnapshotProcedure,
  snapshot: getSnapshotProcedure,
});
