/**
 * SLOT of the dashboard: 期限雷达 (issue 10 item 1): every open deadline in the caller's scope across the three subgraphs, yellow/red — built by the radar branch.
 * Renders nothing until then.
 */
export const RadarPanel = () => null;
