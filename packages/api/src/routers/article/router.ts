import { router } from "../../trpc.ts";
import { listArticlesProcedure } from "./list.ts";

export const articleRouter = router({ list: listArticlesProcedure });
