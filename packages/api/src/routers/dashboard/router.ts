import { router } from "../../trpc.ts";
import { statsProcedure } from "./stats.ts";

export const dashboardRouter = router({ stats: statsProcedure });
