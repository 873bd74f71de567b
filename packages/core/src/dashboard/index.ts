export { getDashboardStats } from "./get-dashboard-stats.ts";
export { getDeskDashboard, MAX_RANGE_DAYS } from "./get-desk-dashboard.ts";
