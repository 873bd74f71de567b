import { router } from "../../trpc.ts";
import { createScaleProcedure } from "./create.ts";
import { getScaleProcedure } from "./get.ts";
import { listScalesProcedure } from "./list.ts";
import { setDefaultScaleProcedure } from "./set-default.ts";
import { updateScaleProcedure } from "./update.ts";

export const scaleRouter = router({
  list: listScalesProcedure,
  get: getScaleProcedure,
  create: createScaleProcedure,
  update: updateScaleProcedure,
  setDefault: setDefaultScaleProcedure,
});
