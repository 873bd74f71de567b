import { router } from "../../trpc.ts";
import { addProcedure } from "./add.ts";
import { listProcedure } from "./list.ts";
import { updateProcedure } from "./update.ts";

/** Right of reply: the claim's log of contacting the speaker. */
export const replyRouter = router({
  list: listProcedure,
  add: addProcedure,
  update: updateProcedure,
});
