export { recordAuditEvent, type AuditInput } from "./record-audit-event.ts";
