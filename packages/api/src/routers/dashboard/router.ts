import { router } from "../../trpc.ts";
import { deskProcedure } from "./desk.ts";

export const dashboardRouter = router({ desk: deskProcedure });
