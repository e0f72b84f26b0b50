/**
 * Chinese labels of every enum value of the API, keyed by enum value, in one place. They become the
 * i18n keys `enums.<Enum>.<VALUE>` (zh.ts takes them as they are; en.ts gives the English), so a
 * component shows an enum with `translate(enumKey('CertificateStatus', 'VALID'))`.
 *
 * Imported with explicit `.ts` suffixes by the i18n files so that admin/scripts/check-i18n.mjs can load
 * them with Node's type stripping.
 */
import type {
  AgencyLevel,
  CaseAction,
  CaseStage,
  ChallengeKind,
  ChallengeOutcome,
  DecisionKind,
  DueState,
  LegalReviewOutcome,
  MajorGround,
  PartyKind,
  PeriodUnit,
  PublicationStatus,
  RecordKind,
  RedactionKind,
  CalendarDataSource,
  CalendarDayKind,
  CertificateAction,
  CertificateEventKind,
  CertificateKind,
  CertificateStatus,
  ComplaintChannel,
  ComplaintStatus,
  Duty,
  EmploymentStatus,
  MajorReviewKind,
  MatterCategory,
  ReviewState,
  Role,
  SuspensionGround,
  TrainingType,
} from './gql/graphql.ts';
import { reviewEnumLabels } from './reviews/reviews.i18n.ts';

export const enumLabels = {
  CalendarDataSource: {
    PACKAGE: '内置日历数据',
    ENTERED: '管理员录入',
    BOTH: '两者皆有',
  } satisfies Record<CalendarDataSource, string>,
  CalendarDayKind: {
    WORKING_DAY: '工作日',
    DAY_OFF: '休息日',
  } satisfies Record<CalendarDayKind, string>,
  AgencyLevel: {
    REGION: '自治区级',
    PREFECTURE: '州/市级',
    COUNTY: '县/市/区级',
    TOWNSHIP: '乡镇/街道',
  } satisfies Record<AgencyLevel, string>,
  EmploymentStatus: {
    ON_DUTY: '在岗',
    TRANSFERRED: '调离',
    LEFT: '离职',
  } satisfies Record<EmploymentStatus, string>,
  Duty: {
    ENFORCEMENT: '行政执法',
    LEGAL_REVIEW: '法制审核',
    SUPERVISION: '执法监督',
  } satisfies Record<Duty, string>,
  CertificateStatus: {
    VALID: '有效',
    NOT_YET_VALID: '尚未生效',
    SUSPENDED: '暂扣',
    REVIEW_OVERDUE: '年审逾期',
    REVOKED: '吊销',
    CANCELLED: '注销',
    EXPIRED: '已过期',
  } satisfies Record<CertificateStatus, string>,
  CertificateKind: {
    ENFORCEMENT: '行政执法证',
    SUPERVISION: '行政执法监督证',
  } satisfies Record<CertificateKind, string>,
  CertificateEventKind: {
    ISSUED: '核发',
    RENEWED: '换发',
    REVIEWED: '年审',
    SUSPENDED: '暂扣',
    SUSPENSION_LIFTED: '提前恢复',
    REVOKED: '吊销',
    CANCELLED: '注销',
    RECOVERED: '收回',
    DEADLINE_RECOMPUTED: '期限重算',
  } satisfies Record<CertificateEventKind, string>,
  CertificateAction: {
    REVIEW: '年审',
    SUSPEND: '暂扣3个月',
    LIFT: '提前恢复',
    RENEW: '换发',
    REVOKE: '吊销',
    CANCEL: '注销',
    RECOVER: '收回',
  } satisfies Record<CertificateAction, string>,
  SuspensionGround: {
    OUTSIDE_FIELD: '擅自超出行政执法领域执法',
    LENT: '将行政执法证交由他用',
    MISUSED: '用于行政执法以外其他用途',
    SANCTION: '监督处理决定',
  } satisfies Record<SuspensionGround, string>,
  ReviewState: {
    OK: '正常',
    DUE_SOON: '即将到期',
    OVERDUE: '已逾期',
    NOT_SCHEDULED: '未安排',
  } satisfies Record<ReviewState, string>,
  TrainingType: {
    PUBLIC_LAW: '公共法律知识',
    BUSINESS: '业务知识',
    ENFORCEMENT_SKILLS: '执法技能',
    OTHER: '其他',
  } satisfies Record<TrainingType, string>,
  MatterCategory: {
    PUNISHMENT: '行政处罚',
    LICENSING: '行政许可',
    COERCION: '行政强制',
    INSPECTION: '行政检查',
    EXPROPRIATION: '行政征收征用',
    PAYMENT: '行政给付',
    CHARGE: '行政收费',
    CONFIRMATION: '行政确认',
    REGISTRATION: '行政登记',
    ADJUDICATION: '行政裁决',
    REWARD: '行政奖励',
  } satisfies Record<MatterCategory, string>,
  MajorReviewKind: {
    MATTER: '执法事项',
    FINE_AMOUNT: '罚款数额',
  } satisfies Record<MajorReviewKind, string>,
  ComplaintChannel: {
    PHONE: '电话',
    LETTER: '信函',
    VISIT: '来访',
    ONLINE: '网上',
    REFERRAL: '转办',
  } satisfies Record<ComplaintChannel, string>,
  ComplaintStatus: {
    RECEIVED: '已登记',
    ACCEPTED: '已受理',
    REJECTED: '不予受理',
    INVESTIGATING: '调查核实中',
    CONCLUDED: '已办结',
  } satisfies Record<ComplaintStatus, string>,
  DueState: {
    OK: '正常',
    DUE_SOON: '即将到期',
    OVERDUE: '已逾期',
    DONE: '已完成',
  } satisfies Record<DueState, string>,
  PublicationStatus: {
    PENDING: '待公示',
    PUBLISHED: '已公示',
    WITHDRAWN: '已撤下',
  } satisfies Record<PublicationStatus, string>,
  RedactionKind: {
    PERSON_NAME: '自然人姓名',
    ID_NUMBER: '身份证号码',
    ADDRESS: '住址',
    PHONE: '电话号码',
  } satisfies Record<RedactionKind, string>,
  RecordKind: {
    TEXT: '文字',
    PHOTO: '照片',
    AUDIO: '录音',
    VIDEO: '录像',
    DOCUMENT: '文书',
  } satisfies Record<RecordKind, string>,
  CaseStage: {
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
  } satisfies Record<CaseStage, string>,
  MajorGround: {
    PUBLIC_INTEREST: '涉及公共利益或者行政相对人重大权益（004 第十六条（一））',
    SOCIAL_IMPACT: '行政执法决定可能在社会造成重大影响（004 第十六条（二））',
    HEARING: '需经听证程序作出行政执法决定（004 第十六条（三））',
    COMPLEX: '案件情况复杂，涉及多个法律关系（004 第十六条（四））',
    BY_LAW: '法律、法规、规章规定应当进行法制审核（004 第十六条（五））',
  } satisfies Record<MajorGround, string>,
  PartyKind: {
    PERSON: '自然人',
    ORGANISATION: '法人或者其他组织',
  } satisfies Record<PartyKind, string>,
  DecisionKind: {
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
  } satisfies Record<DecisionKind, string>,
  LegalReviewOutcome: {
    PASSED: '同意（审核通过）',
    RETURNED: '退回（提出意见）',
  } satisfies Record<LegalReviewOutcome, string>,
  CaseAction: {
    ADVANCE: '进入下一环节',
    SET_PROPOSED_FINE: '填写拟罚款数额',
    MARK_MAJOR: '认定为重大执法决定',
    REQUEST_HEARING: '登记听证申请',
    SUBMIT_FOR_REVIEW: '提交法制审核',
    REVIEW: '法制审核',
    DECIDE: '作出决定',
    SERVE: '送达',
    EXECUTE: '执行',
    CLOSE: '结案归档',
    CHANGE_HANDLERS: '变更承办人',
    RECORD: '全过程记录',
  } satisfies Record<CaseAction, string>,
  PeriodUnit: {
    WORKING_DAYS: '工作日',
    NATURAL_DAYS: '日',
    NATURAL_MONTHS: '个月',
  } satisfies Record<PeriodUnit, string>,
  ChallengeKind: {
    RECONSIDERATION: '行政复议',
    LITIGATION: '行政诉讼',
  } satisfies Record<ChallengeKind, string>,
  /** 变更、撤销、确认违法、确认无效、责令履行 are 纠错 (003 第16条): the server says so in `corrected`. */
  ChallengeOutcome: {
    UPHELD: '维持（驳回诉讼请求）',
    VARIED: '变更',
    REVOKED: '撤销',
    CONFIRMED_ILLEGAL: '确认违法',
    CONFIRMED_INVALID: '确认无效',
    ORDERED_TO_PERFORM: '责令履行',
    SETTLED: '调解、和解',
    WITHDRAWN: '撤回申请、撤诉或驳回起诉',
  } satisfies Record<ChallengeOutcome, string>,
  Role: {
    SYSTEM_ADMIN: '系统管理员',
    CERT_ADMIN: '司法局证件管理员',
    AGENCY_ADMIN: '执法部门管理员',
    SUPERVISOR: '执法监督人员',
    LEGAL_REVIEWER: '法制审核人员',
    OFFICER: '执法人员',
  } satisfies Record<Role, string>,
  ...reviewEnumLabels,
};

export type EnumName = keyof typeof enumLabels;
export type EnumValue<E extends EnumName> = keyof (typeof enumLabels)[E] & string;

/** The i18n key of one enum value. */
export function enumKey<E extends EnumName>(name: E, value: EnumValue<E> | string): string {
  return `enums.${name}.${value}`;
}

/** Choices for a SelectInput / RadioButtonGroupInput, in the order above, labelled by i18n key. */
export function enumChoices<E extends EnumName>(name: E): { id: EnumValue<E>; name: string }[] {
  return (Object.keys(enumLabels[name]) as EnumValue<E>[]).map((id) => ({ id, name: enumKey(name, id) }));
}
