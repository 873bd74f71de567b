import { router } from "../../trpc.ts";
import { searchPageProcedure, searchQueryProcedure } from "./query.ts";

export const searchRouter = router({ query: searchQueryProcedure, page: searchPageProcedure });
