export { getDashboardStats } from "./get-dashboard-stats.ts";
