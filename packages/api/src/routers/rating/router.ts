import { router } from "../../trpc.ts";
import { approveProcedure } from "./approve.ts";
import { rateProcedure } from "./rate.ts";
import { scaleProcedure } from "./scale.ts";

export const ratingRouter = router({
  scale: scaleProcedure,
  rate: rateProcedure,
  approve: approveProcedure,
});
