import { listUsers } from "@claimdesk/core/users";
import { z } from "zod";
import { adminProcedure } from "../../trpc.ts";
import { ZUser } from "./schemas.ts";

export const ZUserListInput = z.object({}).default({});
export const ZUserListOutput = z.array(ZUser);

export const listUsersProcedure = adminProcedure
  .input(ZUserListInput)
  .output(ZUserListOutput)
  .query(({ ctx }) => listUsers(ctx.db));
