import { router } from "../../trpc.ts";
import { addFeedProcedure } from "./add.ts";
import { listFeedsProcedure } from "./list.ts";
import { pollFeedProcedure } from "./poll.ts";
import { setFeedEnabledProcedure } from "./set-enabled.ts";

/** RSS/Atom feeds the worker follows (admins). */
export const feedRouter = router({
  list: listFeedsProcedure,
  add: addFeedProcedure,
  setEnabled: setFeedEnabledProcedure,
  poll: pollFeedProcedure,
});
