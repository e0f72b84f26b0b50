import { registerEnumType } from 'type-graphql';

/**
 * The seven grounds of 004 第二十三条 on which a 行政执法监督机关 issues a 《行政执法监督通知书》, in the article's
 * order and words.
 */
export enum NoticeGround {
  SUBJECT_AUTHORITY_PROCEDURE = 'SUBJECT_AUTHORITY_PROCEDURE',
  DECISION_UNLAWFUL = 'DECISION_UNLAWFUL',
  DUTY_UNFULFILLED = 'DUTY_UNFULFILLED',
  SYSTEM_IRREGULAR = 'SYSTEM_IRREGULAR',
  IMPROPER_BENEFIT = 'IMPROPER_BENEFIT',
  UNCIVIL_ENFORCEMENT = 'UNCIVIL_ENFORCEMENT',
  OTHER_VIOLATION = 'OTHER_VIOLATION',
}

/** The article's wording of each ground (004 第二十三条 (一)–(七)). */
export const NOTICE_GROUND_TEXT: Record<NoticeGround, string> = {
  SUBJECT_AUTHORITY_PROCEDURE: '执法主体、执法权限、执法程序不合法的',
  DECISION_UNLAWFUL: '执法决定不合法或者明显不当的',
  DUTY_UNFULFILLED: '不履行或者不正确履行法定职责的',
  SYSTEM_IRREGULAR: '落实行政执法制度不规范的',
  IMPROPER_BENEFIT: '利用执法牟取不正当利益的',
  UNCIVIL_ENFORCEMENT: '粗暴、野蛮等不文明执法的',
  OTHER_VIOLATION: '其他违反法律、法规、规章情形的',
};
const ITEM = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）'];
/** `执法决定不合法或者明显不当的（004 第二十三条第（二）项）`. */
export const groundCitation = (g: NoticeGround) => `${NOTICE_GROUND_TEXT[g]}（004 第二十三条第${ITEM[Object.values(NoticeGround).indexOf(g)]}项）`;

registerEnumType(NoticeGround, {
  name: 'NoticeGround',
  description: '下发监督通知书的情形 (ground of a supervision notice: the seven of 004 第二十三条)',
  valuesConfig: Object.fromEntries(Object.values(NoticeGround).map((g, i) => [g, { description: `${ITEM[i]}${NOTICE_GROUND_TEXT[g]}` }])),
});

/**
 * Where a notice stands (004 第二十四条): issued → received (送达, the date of receipt starts the clocks) →
 * rectification reported (整改情况报告) → verified accepted or not accepted; revoked (撤回) when an objection is
 * upheld on 复查.
 */
export enum NoticeStatus {
  ISSUED = 'ISSUED',
  RECEIVED = 'RECEIVED',
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  REVOKED = 'REVOKED',
}
export const NOTICE_STATUS_TEXT: Record<NoticeStatus, string> = {
  ISSUED: '已下发',
  RECEIVED: '已送达，整改中',
  REPORTED: '已报送整改情况',
  ACCEPTED: '整改验收通过',
  NOT_ACCEPTED: '整改未通过（拒不改正或未整改到位）',
  REVOKED: '已撤回（复查成立）',
};
registerEnumType(NoticeStatus, {
  name: 'NoticeStatus',
  description: '监督通知书状态 (status of a supervision notice, 004 第二十四条)',
  valuesConfig: Object.fromEntries(Object.entries(NOTICE_STATUS_TEXT).map(([k, v]) => [k, { description: v }])),
});

/** The supervisor's answer to an objection (复查答复, 004 第二十四条第二款). */
export enum ObjectionOutcome {
  UPHELD = 'UPHELD',
  MAINTAINED = 'MAINTAINED',
}
registerEnumType(ObjectionOutcome, {
  name: 'ObjectionOutcome',
  description: '复查结论 (outcome of the review of an objection, 004 第二十四条第二款)',
  valuesConfig: {
    UPHELD: { description: '异议成立，撤回通知书 (objection upheld: the notice is revoked)' },
    MAINTAINED: { description: '维持通知书 (notice maintained)' },
  },
});

/** What the caller may do with a notice now (the commands enforce the same conditions). */
export enum NoticeAction {
  RECORD_RECEIPT = 'RECORD_RECEIPT',
  OBJECT = 'OBJECT',
  ANSWER_OBJECTION = 'ANSWER_OBJECTION',
  REPORT_RECTIFICATION = 'REPORT_RECTIFICATION',
  VERIFY_RECTIFICATION = 'VERIFY_RECTIFICATION',
  ISSUE_DECISION = 'ISSUE_DECISION',
}
registerEnumType(NoticeAction, {
  name: 'NoticeAction',
  description: '监督通知书当前可办理的操作 (what the caller may do with a notice now)',
  valuesConfig: {
    RECORD_RECEIPT: { description: '登记送达 (record the date of receipt): the supervisor or the supervised body' },
    OBJECT: { description: '申请复查 (object, within 7 days of receipt): the supervised body' },
    ANSWER_OBJECTION: { description: '复查答复 (answer the objection, within 15 days): the supervisor' },
    REPORT_RECTIFICATION: { description: '报送整改情况 (report the rectification, within 30 days of receipt): the supervised body' },
    VERIFY_RECTIFICATION: { description: '核验整改情况 (verify the rectification): the supervisor' },
    ISSUE_DECISION: { description: '制发监督决定书 (issue a supervision decision: the notice went unrectified, 004 第二十五条): the supervisor' },
  },
});
