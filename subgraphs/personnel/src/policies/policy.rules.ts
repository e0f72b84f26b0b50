/**
 * Periods, thresholds and ratios are policy values, not constants (DESIGN "Rules are data, per
 * jurisdiction"): each has a default taken from the seeds with its source, and may be overridden for an
 * agency subtree. A deadline stored once keeps the value and rule that set it; changing a policy later
 * never rewrites it.
 */
export enum PolicyKey {
  SUSPENSION_MONTHS = 'SUSPENSION_MONTHS',
  CERTIFICATE_VALIDITY_YEARS = 'CERTIFICATE_VALIDITY_YEARS',
  REVIEW_CYCLE_MONTHS = 'REVIEW_CYCLE_MONTHS',
  CHANGE_REPORT_DAYS = 'CHANGE_REPORT_DAYS',
  TRAINING_HOURS_PER_YEAR = 'TRAINING_HOURS_PER_YEAR',
  LEGAL_REVIEWER_PERCENT = 'LEGAL_REVIEWER_PERCENT',
  LEGAL_REVIEWER_MIN = 'LEGAL_REVIEWER_MIN',
}

export interface PolicyDefinition {
  key: PolicyKey;
  label: string;
  unit: string;
  value: number;
  source: string;
  min: number;
  max: number;
}

export const POLICY_DEFAULTS: Record<PolicyKey, PolicyDefinition> = {
  SUSPENSION_MONTHS: {
    key: PolicyKey.SUSPENSION_MONTHS, label: '暂扣行政执法证期限', unit: '个月', value: 3, min: 1, max: 24,
    source: '003 第4条：对擅自超出行政执法领域执法、将行政执法证交由他用或者用于行政执法以外其他用途的，暂扣行政执法证3个月',
  },
  CERTIFICATE_VALIDITY_YEARS: {
    key: PolicyKey.CERTIFICATE_VALIDITY_YEARS, label: '行政执法证有效期', unit: '年', value: 5, min: 1, max: 10,
    source: '平台默认值（所附文件未作规定）：各省证件有效期 2 至 6 年不等，默认 5 年，可按辖区调整',
  },
  REVIEW_CYCLE_MONTHS: {
    key: PolicyKey.REVIEW_CYCLE_MONTHS, label: '证件年审周期', unit: '个月', value: 12, min: 1, max: 60,
    source: '平台默认值（所附文件未作规定）：年审每年一次至每三年一次，默认每年；逾期未审不得执法',
  },
  CHANGE_REPORT_DAYS: {
    key: PolicyKey.CHANGE_REPORT_DAYS, label: '人员变动报送期限', unit: '日', value: 10, min: 1, max: 90,
    source: '004 第十一条：执法人员有变动的，行政执法机关应当在十日内报本级政府司法行政部门',
  },
  TRAINING_HOURS_PER_YEAR: {
    key: PolicyKey.TRAINING_HOURS_PER_YEAR, label: '年度培训学时', unit: '学时', value: 60, min: 1, max: 500,
    source: '003 第3条及附件第3项：确保行政执法人员每人每年不少于60学时',
  },
  LEGAL_REVIEWER_PERCENT: {
    key: PolicyKey.LEGAL_REVIEWER_PERCENT, label: '法制审核人员占比', unit: '%', value: 5, min: 1, max: 100,
    source: '002 三项制度（四）：法制审核人员原则上不少于本单位执法人员总数的5%；003 第11条',
  },
  LEGAL_REVIEWER_MIN: {
    key: PolicyKey.LEGAL_REVIEWER_MIN, label: '法制审核人员最少人数', unit: '人', value: 2, min: 1, max: 100,
    source: '003 第11条：确保法制审核人员及行政执法监督人员不少于2人',
  },
};

export interface PolicyOverrideLike {
  key: PolicyKey;
  agencyId: string;
  value: number;
  source: string;
  version?: number;
}

export interface EffectivePolicy {
  key: PolicyKey;
  value: number;
  source: string;
  /** The agency whose override applies, or null for the default. */
  setAt: string | null;
  /** The version of the asked agency's OWN override of this key (what `setPolicy` changes), null without one. */
  version?: number | null;
}

/**
 * Whether a clerk's change of an agency's override rests on what is stored (DESIGN "Rules are data": a
 * policy is changed knowingly, with its source): he sends the version of the override he saw, nothing only
 * when the agency had none. Null when it does; otherwise the version he saw and the one stored (null: none).
 */
export function overrideVersionConflict(stored: { version: number } | null, seen: number | null | undefined): { seen: number | null; stored: number | null } | null {
  const s = stored?.version ?? null;
  const v = seen ?? null;
  return s === v ? null : { seen: v, stored: s };
}

/**
 * The value in force for an agency: the override of the nearest agency on its path (itself first, then
 * its parents up to the root), else the default.
 */
export function resolvePolicy(key: PolicyKey, agencyPath: string, overrides: readonly PolicyOverrideLike[]): EffectivePolicy {
  const ancestors = agencyPath.split('/').filter(Boolean).reverse();
  const version = overrides.find((x) => x.key === key && x.agencyId === ancestors[0])?.version ?? null;
  for (const id of ancestors) {
    const o = overrides.find((x) => x.key === key && x.agencyId === id);
    if (o) return { key, value: o.value, source: o.source, setAt: id, version };
  }
  const d = POLICY_DEFAULTS[key];
  return { key, value: d.value, source: d.source, setAt: null, version };
}

/** The text stored beside a deadline: which rule and value set it. */
export function ruleText(p: EffectivePolicy): string {
  const d = POLICY_DEFAULTS[p.key];
  return `${d.label} ${p.value}${d.unit}（${p.source}）`;
}
