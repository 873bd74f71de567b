export { type AuditInput, recordAuditEvent } from "./record-audit-event.ts";
