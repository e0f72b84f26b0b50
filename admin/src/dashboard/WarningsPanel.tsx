/**
 * SLOT of the dashboard: 预警 (issue 10 item 3): officers and agencies over a threshold, with the records behind the flag — built by the warnings branch.
 * Renders nothing until then.
 */
export const WarningsPanel = () => null;
