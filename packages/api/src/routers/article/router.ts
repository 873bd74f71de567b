import { router } from "../../trpc.ts";
import { getArticleProcedure } from "./get.ts";
import { listArticlesProcedure } from "./list.ts";
import { articleStatusProcedure } from "./status.ts";
import { submitArticleProcedure } from "./submit.ts";

export const articleRouter = router({
  list: listArticlesProcedure,
  get: getArticleProcedure,
  status: articleStatusProcedure,
  submit: submitArticleProcedure,
});
