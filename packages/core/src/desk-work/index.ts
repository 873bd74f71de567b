export { isOutsideCheck, OUTSIDE_ORIGINS, ownClaimSql } from "./own-work.ts";
