import { router } from "../../trpc.ts";
import { searchQueryProcedure } from "./query.ts";

export const searchRouter = router({ query: searchQueryProcedure });
