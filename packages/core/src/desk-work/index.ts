export {
  COUNTED_STAGES,
  type CountedStage,
  listCountedStageClaimIds,
  publishedInRangeSql,
  stageTimesSql,
  stageWaitsSql,
} from "./counted-stages.ts";
export {
  type CountedRange,
  type CountedVerdictFilter,
  countedVerdictsSql,
  listCountedVerdictClaimIds,
} from "./counted-verdicts.ts";
export {
  isOutsideCheck,
  isOutsideOrigin,
  OUTSIDE_ORIGINS,
  type OutsideOrigin,
  OWN_CLAIMS_WHERE,
  OWN_ORIGINS,
  ownClaimSql,
} from "./own-work.ts";
