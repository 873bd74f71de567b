export {
  addEvidence,
  type EvidenceFields,
  setEvidenceRemoved,
  updateEvidence,
} from "./evidence-mutations.ts";
export {
  getEvidenceSnapshot,
  requestEvidenceSnapshot,
  SNAPSHOT_LIMITS,
  snapshotEvidence,
  snapshotFailureReason,
} from "./snapshot-evidence.ts";
