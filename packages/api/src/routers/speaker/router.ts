import { router } from "../../trpc.ts";
import { getSpeakerProcedure } from "./get.ts";
import { listSpeakersProcedure } from "./list.ts";
import { mergeSpeakersProcedure, unmergeSpeakerProcedure } from "./merge.ts";
import { resolveSpeakerProcedure } from "./resolve.ts";

export const speakerRouter = router({
  get: getSpeakerProcedure,
  list: listSpeakersProcedure,
  merge: mergeSpeakersProcedure,
  unmerge: unmergeSpeakerProcedure,
  resolve: resolveSpeakerProcedure,
});
