export { getDeskDashboard, MAX_RANGE_DAYS } from "./get-desk-dashboard.ts";
