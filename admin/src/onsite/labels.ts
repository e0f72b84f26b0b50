/**
 * Chinese labels of the enums of 现场监督, 回避 and 移送, spread into labels.ts `enumLabels` (same rules: keyed by
 * value, explicit `.ts` imports so check-i18n can load them with Node's type stripping).
 */
import type {
  DutyOffence,
  InspectionStatus,
  PublicInterestConduct,
  PublicInterestField,
  RecusalApplicant,
  RecusalStatus,
  RecusalSubjectType,
  RecusalWay,
  ReferralClueKind,
  ReferralRecipientKind,
  ReferralStatus,
  SupervisionContent,
} from '../gql/graphql.ts';

export const onsiteEnumLabels = {
  SupervisionContent: {
    LAW_IMPLEMENTATION: '贯彻法律、法规、规章的情况',
    QUALIFICATION: '执法主体资格、执法人员资格和证件使用管理',
    LEGALITY_AND_DISCRETION: '执法行为合法性和裁量基准执行',
    PUBLICITY: '行政执法公示制度实施',
    FULL_PROCESS_RECORD: '行政执法全过程记录',
    LEGAL_REVIEW: '重大行政执法决定法制审核',
    COMPLAINT_HANDLING: '举报、投诉案件的处理',
    JUDICIAL_SUGGESTIONS: '落实人民法院司法建议',
    OTHER: '依法应当监督的其他事项',
  } satisfies Record<SupervisionContent, string>,
  InspectionStatus: {
    PLANNED: '已计划',
    CARRIED_OUT: '已实施',
    CONCLUDED: '已办结',
    CANCELLED: '已取消',
  } satisfies Record<InspectionStatus, string>,
  RecusalSubjectType: {
    COMPLAINT: '投诉举报',
    NOTICE: '监督通知书',
    REVIEW: '案卷评查',
    INSPECTION: '现场监督',
    SANCTION: '执法人员处理',
    DECISION: '监督决定书',
  } satisfies Record<RecusalSubjectType, string>,
  RecusalWay: {
    SELF_DECLARED: '自行回避',
    APPLIED: '申请回避',
    DECIDED: '决定回避',
  } satisfies Record<RecusalWay, string>,
  RecusalApplicant: {
    SUPERVISED_BODY: '被监督机关',
    COMPLAINANT: '投诉举报人',
  } satisfies Record<RecusalApplicant, string>,
  RecusalStatus: {
    PENDING: '待主要负责人决定',
    IN_EFFECT: '已回避',
    REJECTED: '申请已驳回',
  } satisfies Record<RecusalStatus, string>,
  ReferralClueKind: {
    DUTY_OFFENCE: '职务违法、职务犯罪问题线索',
    PUBLIC_INTEREST: '公益损害案件线索',
  } satisfies Record<ReferralClueKind, string>,
  DutyOffence: {
    CORRUPTION_BRIBERY: '贪污贿赂',
    DERELICTION: '失职渎职',
    OTHER: '其他职务违法或职务犯罪',
  } satisfies Record<DutyOffence, string>,
  PublicInterestField: {
    ECOLOGY_AND_RESOURCES: '生态环境和资源保护',
    FOOD_AND_DRUG_SAFETY: '食品药品安全',
    STATE_PROPERTY: '国有财产保护',
    STATE_LAND_TRANSFER: '国有土地使用权出让',
  } satisfies Record<PublicInterestField, string>,
  PublicInterestConduct: {
    UNLAWFUL_EXERCISE: '违法行使职权',
    INACTION: '不作为',
  } satisfies Record<PublicInterestConduct, string>,
  ReferralRecipientKind: {
    SUPERVISORY_COMMISSION: '监察机关',
    PROCURATORATE: '检察机关',
  } satisfies Record<ReferralRecipientKind, string>,
  ReferralStatus: {
    DRAFT: '拟稿',
    SENT: '已移送',
    ACKNOWLEDGED: '已回执',
    REPLIED: '已反馈',
  } satisfies Record<ReferralStatus, string>,
};

/** The same in English (spread into en.ts `enums`). */
export const onsiteEnumLabelsEn = {
  SupervisionContent: {
    LAW_IMPLEMENTATION: 'Implementation of laws and regulations',
    QUALIFICATION: 'Agency standing, officer qualification and certificate use',
    LEGALITY_AND_DISCRETION: 'Legality and discretion standards',
    PUBLICITY: 'Publicity of enforcement',
    FULL_PROCESS_RECORD: 'Full-process record',
    LEGAL_REVIEW: 'Legal review of major decisions',
    COMPLAINT_HANDLING: 'Handling of complaints and reports',
    JUDICIAL_SUGGESTIONS: 'Judicial suggestions of the courts',
    OTHER: 'Other matters to supervise',
  },
  InspectionStatus: { PLANNED: 'Planned', CARRIED_OUT: 'Carried out', CONCLUDED: 'Concluded', CANCELLED: 'Cancelled' },
  RecusalSubjectType: {
    COMPLAINT: 'Complaint',
    NOTICE: 'Supervision notice',
    REVIEW: 'Case-file review',
    INSPECTION: 'On-site supervision',
    SANCTION: 'Sanction on an officer',
    DECISION: 'Supervision decision',
  },
  RecusalWay: { SELF_DECLARED: 'Self-declared', APPLIED: 'Applied for', DECIDED: 'Ordered' },
  RecusalApplicant: { SUPERVISED_BODY: 'Supervised body', COMPLAINANT: 'Complainant' },
  RecusalStatus: { PENDING: 'Awaiting the head\'s decision', IN_EFFECT: 'Recused', REJECTED: 'Application rejected' },
  ReferralClueKind: { DUTY_OFFENCE: 'Duty offence clue', PUBLIC_INTEREST: 'Public-interest clue' },
  DutyOffence: { CORRUPTION_BRIBERY: 'Corruption or bribery', DERELICTION: 'Dereliction of duty', OTHER: 'Other duty offence' },
  PublicInterestField: {
    ECOLOGY_AND_RESOURCES: 'Ecology and natural resources',
    FOOD_AND_DRUG_SAFETY: 'Food and drug safety',
    STATE_PROPERTY: 'State property',
    STATE_LAND_TRANSFER: 'Transfer of state land-use rights',
  },
  PublicInterestConduct: { UNLAWFUL_EXERCISE: 'Unlawful exercise of powers', INACTION: 'Inaction' },
  ReferralRecipientKind: { SUPERVISORY_COMMISSION: 'Supervisory commission', PROCURATORATE: 'Procuratorate' },
  ReferralStatus: { DRAFT: 'Draft', SENT: 'Sent', ACKNOWLEDGED: 'Acknowledged', REPLIED: 'Replied' },
};
