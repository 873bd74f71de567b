export {
  addEvidence,
  type EvidenceFields,
  setEvidenceRemoved,
  updateEvidence,
} from "./evidence-mutations.ts";
