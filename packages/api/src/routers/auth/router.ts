import { router } from "../../trpc.ts";
import { meProcedure } from "./me.ts";

export const authRouter = router({ me: meProcedure });
