import { router } from "../../trpc.ts";
import { deskProcedure } from "./desk.ts";
import { statsProcedure } from "./stats.ts";

export const dashboardRouter = router({ stats: statsProcedure, desk: deskProcedure });
