import { router } from "../../trpc.ts";
import { approveProcedure } from "./approve.ts";
import { rateProcedure } from "./rate.ts";

export const ratingRouter = router({
  rate: rateProcedure,
  approve: approveProcedure,
});
