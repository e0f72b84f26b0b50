/**
 * SLOT of the dashboard: Counts and charts per role (issue 10 item 2) — built by the dashboard branch.
 * Renders nothing until then.
 */
export const DashboardFigures = () => null;
