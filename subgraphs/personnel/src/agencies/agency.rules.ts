/** Pure rules of the agency tree (004 第五条: 自治区 → 州/市 → 县/市/区 → 乡镇/街道). */
import { AgencyLevel } from './agency.entity.js';

const ORDER: AgencyLevel[] = [AgencyLevel.REGION, AgencyLevel.PREFECTURE, AgencyLevel.COUNTY, AgencyLevel.TOWNSHIP];

/**
 * A child sits at the same level as its parent (an internal unit or a department of the same government)
 * or one level below it; never above it, and never skipping a level.
 */
export function isValidChildLevel(parent: AgencyLevel, child: AgencyLevel): boolean {
  const d = ORDER.indexOf(child) - ORDER.indexOf(parent);
  return d === 0 || d === 1;
}

/** The materialised path of a node under its parent. */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}
