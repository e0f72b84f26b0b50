import { registerEnumType } from 'type-graphql';

/**
 * The stages of an enforcement case (000 二(四): 受案/立案登记 → 调查取证 → 告知 → 陈述申辩 → (听证) → (法制审核) →
 * 决定 → 送达 → 执行 → 结案/归档), in statutory order. Which of them a case passes through depends on its category,
 * on whether a hearing is held and on whether it is major (case.rules.ts `stagePath`).
 */
export enum CaseStage {
  REGISTERED = 'REGISTERED',
  INVESTIGATION = 'INVESTIGATION',
  NOTIFICATION = 'NOTIFICATION',
  STATEMENT = 'STATEMENT',
  HEARING = 'HEARING',
  LEGAL_REVIEW = 'LEGAL_REVIEW',
  DECISION = 'DECISION',
  SERVICE = 'SERVICE',
  EXECUTION = 'EXECUTION',
  CLOSED = 'CLOSED',
}

export const CASE_STAGE_LABEL: Record<CaseStage, string> = {
  REGISTERED: '立案',
  INVESTIGATION: '调查取证',
  NOTIFICATION: '告知',
  STATEMENT: '陈述申辩',
  HEARING: '听证',
  LEGAL_REVIEW: '法制审核',
  DECISION: '决定',
  SERVICE: '送达',
  EXECUTION: '执行',
  CLOSED: '结案归档',
};

/** Statutory order of every stage (000 二(四)). */
export const STAGE_ORDER: readonly CaseStage[] = Object.freeze(Object.values(CaseStage));

registerEnumType(CaseStage, {
  name: 'CaseStage',
  description: '案件环节 (stage of a case, 000 二(四)), in statutory order',
  valuesConfig: Object.fromEntries(Object.entries(CASE_STAGE_LABEL).map(([k, v]) => [k, { description: v }])),
});

/** The five grounds that make a decision major (004 第十六条 (一)–(五)), besides the agency's catalogue. */
export enum MajorGround {
  PUBLIC_INTEREST = 'PUBLIC_INTEREST',
  SOCIAL_IMPACT = 'SOCIAL_IMPACT',
  HEARING = 'HEARING',
  COMPLEX = 'COMPLEX',
  BY_LAW = 'BY_LAW',
}

export const MAJOR_GROUND_LABEL: Record<MajorGround, string> = {
  PUBLIC_INTEREST: '涉及公共利益或者行政相对人重大权益（004 第十六条（一））',
  SOCIAL_IMPACT: '行政执法决定可能在社会造成重大影响（004 第十六条（二））',
  HEARING: '需经听证程序作出行政执法决定（004 第十六条（三））',
  COMPLEX: '案件情况复杂，涉及多个法律关系（004 第十六条（四））',
  BY_LAW: '法律、法规、规章规定应当进行法制审核（004 第十六条（五））',
};

registerEnumType(MajorGround, {
  name: 'MajorGround',
  description: '重大执法决定的情形 (ground that makes a decision major, 004 第十六条)',
  valuesConfig: Object.fromEntries(Object.entries(MAJOR_GROUND_LABEL).map(([k, v]) => [k, { description: v }])),
});

export enum PartyKind {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(PartyKind, {
  name: 'PartyKind',
  description: '当事人类型 (kind of party)',
  valuesConfig: { PERSON: { description: '自然人 (a person)' }, ORGANISATION: { description: '法人或者其他组织 (an organisation)' } },
});

/**
 * What a decision orders, by category (行政处罚法 第九条 for 处罚; 行政强制法 第九条 for 强制措施): a decision may
 * combine several kinds (e.g. 警告 and 罚款).
 */
export enum DecisionKind {
  WARNING = 'WARNING',
  FINE = 'FINE',
  CONFISCATION = 'CONFISCATION',
  LICENCE_SUSPENSION = 'LICENCE_SUSPENSION',
  LICENCE_REVOCATION = 'LICENCE_REVOCATION',
  BUSINESS_RESTRICTION = 'BUSINESS_RESTRICTION',
  NO_PUNISHMENT = 'NO_PUNISHMENT',
  GRANT = 'GRANT',
  REFUSAL = 'REFUSAL',
  SEIZURE = 'SEIZURE',
  DETENTION_OF_PROPERTY = 'DETENTION_OF_PROPERTY',
  DEMOLITION = 'DEMOLITION',
  OTHER = 'OTHER',
}

export const DECISION_KIND_LABEL: Record<DecisionKind, string> = {
  WARNING: '警告、通报批评',
  FINE: '罚款',
  CONFISCATION: '没收违法所得、没收非法财物',
  LICENCE_SUSPENSION: '暂扣许可证件、降低资质等级',
  LICENCE_REVOCATION: '吊销许可证件',
  BUSINESS_RESTRICTION: '限制开展生产经营活动、责令停产停业、责令关闭、限制从业',
  NO_PUNISHMENT: '不予行政处罚',
  GRANT: '准予',
  REFUSAL: '不予准予',
  SEIZURE: '查封场所、设施或者财物',
  DETENTION_OF_PROPERTY: '扣押财物',
  DEMOLITION: '强制拆除',
  OTHER: '其他决定',
};

registerEnumType(DecisionKind, {
  name: 'DecisionKind',
  description: '决定种类 (what a decision orders; for 处罚 行政处罚法 第九条, for 强制 行政强制法 第九条)',
  valuesConfig: Object.fromEntries(Object.entries(DECISION_KIND_LABEL).map(([k, v]) => [k, { description: v }])),
});

/** On-site measures whose whole course must be recorded on audio or video (004 第十五条 second paragraph). */
export const AUDIOVISUAL_MEASURES: readonly DecisionKind[] = Object.freeze([DecisionKind.SEIZURE, DecisionKind.DETENTION_OF_PROPERTY, DecisionKind.DEMOLITION]);

export enum LegalReviewOutcome {
  PASSED = 'PASSED',
  RETURNED = 'RETURNED',
}
registerEnumType(LegalReviewOutcome, {
  name: 'LegalReviewOutcome',
  description: '法制审核意见 (outcome of a round of legal review, 004 第十六条)',
  valuesConfig: {
    PASSED: { description: '同意（审核通过）(passed: the decision may be made)' },
    RETURNED: { description: '退回（提出意见）(returned with reasons: the case goes back to its handlers)' },
  },
});
