/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 执法主体案件筛选 (filter of an agency's cases) */
export type AgencyCaseFilter = {
  /** 当前环节 (stage) */
  stage?: CaseStage | null | undefined;
};

/** 执法主体筛选条件 (agency filter); all given conditions must hold */
export type AgencyFilter = {
  /** 只取这些编号 (only these ids), at most 200 */
  ids?: Array<string> | null | undefined;
  /** 层级 (level) */
  level?: AgencyLevel | null | undefined;
  /** 上级执法主体 (direct parent) */
  parentId?: string | null | undefined;
  /** 名称包含 (name contains) */
  search?: string | null | undefined;
};

/** 执法主体资料 (agency details) for create and edit */
export type AgencyInput = {
  /** 执法单位 (internal enforcing unit) */
  enforcementUnit?: string | null | undefined;
  /** 执法领域 (enforcement fields) */
  fields: Array<string>;
  /** 层级 (level) */
  level: AgencyLevel;
  /** 名称 (name), unique */
  name: string;
  /** 上级执法主体 (parent); empty only for a root, which only tree-wide administrators create */
  parentId?: string | null | undefined;
  /** 管辖区域 (region) */
  region: string;
  /** 监督投诉电话 (supervision and complaint phone, 003 第14条) */
  supervisionPhone?: string | null | undefined;
  /** 监督单位 (internal supervising unit) */
  supervisionUnit?: string | null | undefined;
  /** 统一社会信用代码 (unified social credit code, 18 characters, checked) */
  unifiedCode?: string | null | undefined;
};

/** 执法主体层级 (level in the agency tree, 004 第五条) */
export type AgencyLevel =
  /** 县/市/区级 (county, county-level city or district) */
  | 'COUNTY'
  /** 州/市级 (prefecture or city) */
  | 'PREFECTURE'
  /** 自治区级 (autonomous region) */
  | 'REGION'
  /** 乡镇/街道 (township or sub-district) */
  | 'TOWNSHIP';

/** 执法主体排序 (agency order) */
export type AgencyOrder = {
  /** 方向 (direction) */
  direction?: SortDirection;
  /** 排序字段 (field) */
  field: AgencyOrderField;
};

/** 执法主体排序字段 (agency sort field) */
export type AgencyOrderField =
  /** 创建时间 (created at) */
  | 'CREATED_AT'
  /** 层级 (level) */
  | 'LEVEL'
  /** 名称 (name) */
  | 'NAME';

/** 节假日安排来源 (where a year's holiday arrangement comes from) */
export type CalendarDataSource =
  /** 两者皆有 (both; the package is used, disagreements are listed) */
  | 'BOTH'
  /** 管理员录入 (entered by a system administrator from the 国务院办公厅 notice) */
  | 'ENTERED'
  /** 内置日历数据 (the maintained package, chinese-days) */
  | 'PACKAGE';

/** 日期类别 (what a day is under a schedule) */
export type CalendarDayKind =
  /** 休息日 (day off: weekend or statutory holiday) */
  | 'DAY_OFF'
  /** 工作日 (working day, 调休上班 included) */
  | 'WORKING_DAY';

/** 节假日 (a holiday: name and its run of days off, as the notice lists it) */
export type CalendarHolidayInput = {
  /** 放假首日 (first day off, YYYY-MM-DD) */
  from: string;
  /** 名称 (name), e.g. 春节 */
  name: string;
  /** 放假末日（含）(last day off, inclusive, YYYY-MM-DD) */
  to: string;
};

/** 年度节假日安排 (a year's arrangement from the 国务院办公厅 notice) */
export type CalendarYearInput = {
  /** 节假日 (holidays with their days off, weekend days within them included) */
  holidays: Array<CalendarHolidayInput>;
  /** 调休上班日 (make-up working days: Saturdays or Sundays, YYYY-MM-DD) */
  makeUpDays: Array<string>;
  /** 依据通知 (the notice), e.g. 国办发明电〔2026〕N号 */
  notice: string;
};

/** 案件环节 (stage of a case, 000 二(四)), in statutory order */
export type CaseStage =
  /** 结案归档 */
  | 'CLOSED'
  /** 决定 */
  | 'DECISION'
  /** 执行 */
  | 'EXECUTION'
  /** 听证 */
  | 'HEARING'
  /** 调查取证 */
  | 'INVESTIGATION'
  /** 法制审核 */
  | 'LEGAL_REVIEW'
  /** 告知 */
  | 'NOTIFICATION'
  /** 立案 */
  | 'REGISTERED'
  /** 送达 */
  | 'SERVICE'
  /** 陈述申辩 */
  | 'STATEMENT';

/** 证件操作 (an action on a certificate) */
export type CertificateAction =
  /** 注销 (cancel) */
  | 'CANCEL'
  /** 提前恢复 (lift a suspension early) */
  | 'LIFT'
  /** 收回 (record recovery of the card) */
  | 'RECOVER'
  /** 换发 (renew) */
  | 'RENEW'
  /** 年审 (periodic review) */
  | 'REVIEW'
  /** 吊销 (revoke, 004 第三十三条) */
  | 'REVOKE'
  /** 暂扣 (suspend, 003 第4条) */
  | 'SUSPEND';

/** 证件变更类型 (kind of change in a certificate history) */
export type CertificateEventKind =
  /** 注销 (cancelled) */
  | 'CANCELLED'
  /** 期限重新计算 (a provisional 年审 due date recomputed once the year's official holiday arrangement was entered) */
  | 'DEADLINE_RECOMPUTED'
  /** 核发 (issued) */
  | 'ISSUED'
  /** 收回 (physical card recovered) */
  | 'RECOVERED'
  /** 换发 (renewed) */
  | 'RENEWED'
  /** 年审 (periodic review passed) */
  | 'REVIEWED'
  /** 吊销 (revoked) */
  | 'REVOKED'
  /** 暂扣 (suspended) */
  | 'SUSPENDED'
  /** 提前恢复 (suspension lifted early) */
  | 'SUSPENSION_LIFTED';

/** 证件筛选条件 (certificate filter); all given conditions must hold */
export type CertificateFilter = {
  /** 持证人所属执法主体及其下级 (holder's agency, sub-units included) */
  agencyId?: string | null | undefined;
  /** 在这么多天内到期 (expiring within this many days, still valid now), e.g. 30 */
  expiringWithinDays?: number | null | undefined;
  /** 只取这些编号 (only these ids), at most 200 */
  ids?: Array<string> | null | undefined;
  /** 证件种类 (kind) */
  kind?: CertificateKind | null | undefined;
  /** 持证人编号 (holder) */
  officerId?: string | null | undefined;
  /** 证件号或持证人姓名包含 (number or holder name contains) */
  search?: string | null | undefined;
  /** 当前状态 (status now), e.g. SUSPENDED 暂扣, REVIEW_OVERDUE 年审逾期 */
  status?: CertificateStatus | null | undefined;
};

/** 证件种类 (kind of certificate) */
export type CertificateKind =
  /** 行政执法证 (enforcement certificate) */
  | 'ENFORCEMENT'
  /** 行政执法监督证 (supervision certificate, 004 第二十二条) */
  | 'SUPERVISION';

/** 证件排序 (certificate order) */
export type CertificateOrder = {
  /** 方向 (direction) */
  direction?: SortDirection;
  /** 排序字段 (field) */
  field: CertificateOrderField;
};

/** 证件排序字段 (certificate sort field) */
export type CertificateOrderField =
  /** 发证日期 (issued on) */
  | 'ISSUED_ON'
  /** 证件号 (number) */
  | 'NUMBER'
  /** 有效期至 (valid until) */
  | 'VALID_UNTIL';

/** 证件状态 (status of a certificate at an instant, derived from its dates and history) */
export type CertificateStatus =
  /** 注销 (cancelled, e.g. the holder left the enforcement post, 004 第十一条) */
  | 'CANCELLED'
  /** 已过有效期 (expired) */
  | 'EXPIRED'
  /** 尚未生效 (not yet valid) */
  | 'NOT_YET_VALID'
  /** 年审逾期 (periodic review overdue: not valid for enforcement until reviewed) */
  | 'REVIEW_OVERDUE'
  /** 吊销 (revoked, 004 第三十三条) */
  | 'REVOKED'
  /** 暂扣 (suspended, 003 第4条: 3 months) */
  | 'SUSPENDED'
  /** 有效 (valid: the holder may enforce) */
  | 'VALID';

/** 登记行政复议或行政诉讼 (record a reconsideration or suit against a decision) */
export type ChallengeInput = {
  /** 受理日期 (accepted on, YYYY-MM-DD) */
  acceptedOn?: string | null | undefined;
  /** 复议机关或人民法院 (the reconsideration body or court) */
  body: string;
  /** 申请或起诉日期 (filed on, YYYY-MM-DD): not before the decision, not in the future */
  filedOn: string;
  /** 类型 (复议 or 诉讼) */
  kind: ChallengeKind;
};

/** 复议或诉讼 (how a decision is contested) */
export type ChallengeKind =
  /** 行政诉讼 (administrative litigation, before a court) */
  | 'LITIGATION'
  /** 行政复议 (administrative reconsideration, before a 复议机关) */
  | 'RECONSIDERATION';

/** 复议决定或裁判结果 (outcome of a reconsideration or suit); 变更、撤销、确认违法、确认无效、责令履行 are 纠错 (003 第16条) */
export type ChallengeOutcome =
  /** 确认违法 */
  | 'CONFIRMED_ILLEGAL'
  /** 确认无效 */
  | 'CONFIRMED_INVALID'
  /** 责令履行 */
  | 'ORDERED_TO_PERFORM'
  /** 撤销 */
  | 'REVOKED'
  /** 调解、和解 */
  | 'SETTLED'
  /** 维持（驳回诉讼请求） */
  | 'UPHELD'
  /** 变更 */
  | 'VARIED'
  /** 撤回申请、撤诉或驳回起诉（不属纠错） */
  | 'WITHDRAWN';

/** 登记复议决定或裁判结果 (record the outcome of a reconsideration or suit) */
export type ChallengeOutcomeInput = {
  /** 受理日期 (accepted on, YYYY-MM-DD), if not recorded before */
  acceptedOn?: string | null | undefined;
  /** 结果 (outcome) */
  outcome: ChallengeOutcome;
  /** 结果说明 (note); required for 纠错 outcomes (003 第16条) */
  outcomeNote?: string | null | undefined;
  /** 结果日期 (date of the 复议决定 or judgment, YYYY-MM-DD): not before filing, not in the future */
  outcomeOn: string;
};

/** 投诉举报渠道 (channel through which a complaint came, 004 第八条) */
export type ComplaintChannel =
  /** 信函 (letter) */
  | 'LETTER'
  /** 网上 (online) */
  | 'ONLINE'
  /** 电话 (phone, e.g. the 监督投诉电话) */
  | 'PHONE'
  /** 转办 (referred by another body) */
  | 'REFERRAL'
  /** 来访 (in person) */
  | 'VISIT';

/** 投诉举报筛选条件 (complaint filter) */
export type ComplaintFilter = {
  /** 被投诉执法主体 (agency) */
  agencyId?: string | null | undefined;
  /** 只取这些编号 (only these ids), at most 200 */
  ids?: Array<string> | null | undefined;
  /** 被投诉执法人员 (officer) */
  officerId?: string | null | undefined;
  /** 登记号或内容包含 (number or content contains) */
  search?: string | null | undefined;
  /** 办理状态 (status) */
  status?: ComplaintStatus | null | undefined;
};

/** 投诉举报排序 (complaint order) */
export type ComplaintOrder = {
  /** 方向 (direction) */
  direction?: SortDirection;
  /** 排序字段 (field) */
  field: ComplaintOrderField;
};

/** 投诉举报排序字段 (complaint sort field) */
export type ComplaintOrderField =
  /** 登记号 (number) */
  | 'NUMBER'
  /** 收到时间 (received at) */
  | 'RECEIVED_AT'
  /** 状态 (status) */
  | 'STATUS';

/** 投诉举报办理状态 (status of a complaint) */
export type ComplaintStatus =
  /** 已受理 (accepted) */
  | 'ACCEPTED'
  /** 已办结 (concluded, replied) */
  | 'CONCLUDED'
  /** 调查核实中 (investigating) */
  | 'INVESTIGATING'
  /** 已登记 (received) */
  | 'RECEIVED'
  /** 不予受理 (rejected, with a reason) */
  | 'REJECTED';

/** 登记投诉举报 (register a complaint) */
export type CreateComplaintInput = {
  /** 被投诉执法主体编号 (agency complained of) */
  agencyId: string;
  /** 是否匿名 (anonymous); an anonymous complaint carries no complainant details */
  anonymous?: boolean;
  /** 渠道 (channel) */
  channel: ComplaintChannel;
  /** 投诉人姓名 (complainant name), required unless anonymous */
  complainantName?: string | null | undefined;
  /** 投诉人联系电话 (complainant phone), optional */
  complainantPhone?: string | null | undefined;
  /** 投诉内容 (what the complaint says), 1–5000 characters */
  content: string;
  /** 被投诉执法人员编号 (officer complained of), optional */
  officerId?: string | null | undefined;
  /** 收到时间 (received at); defaults to now, cannot be in the future */
  receivedAt?: string | null | undefined;
};

/** 新建执法事项 (a new matter of an agency's list) */
export type CreateMatterInput = {
  /** 实施主体 (agency; its 主体资格 must be confirmed, 004 第十条) */
  agencyId: string;
  /** 执法类别 (category, 004 第三条) */
  category: MatterCategory;
  /** 执法领域 (field) */
  field?: string | null | undefined;
  /** 法律依据 (legal basis) */
  legalBasis: string;
  /** 清单序号 (position in the list) */
  listSeq?: number | null | undefined;
  /** 事项名称 (name) */
  name: string;
  /** 承办机构 (internal unit) */
  unit?: string | null | undefined;
};

/** 决定种类 (what a decision orders; for 处罚 行政处罚法 第九条, for 强制 行政强制法 第九条) */
export type DecisionKind =
  /** 限制开展生产经营活动、责令停产停业、责令关闭、限制从业 */
  | 'BUSINESS_RESTRICTION'
  /** 没收违法所得、没收非法财物 */
  | 'CONFISCATION'
  /** 强制拆除 */
  | 'DEMOLITION'
  /** 扣押财物 */
  | 'DETENTION_OF_PROPERTY'
  /** 罚款 */
  | 'FINE'
  /** 准予 */
  | 'GRANT'
  /** 吊销许可证件 */
  | 'LICENCE_REVOCATION'
  /** 暂扣许可证件、降低资质等级 */
  | 'LICENCE_SUSPENSION'
  /** 不予行政处罚 */
  | 'NO_PUNISHMENT'
  /** 其他决定 */
  | 'OTHER'
  /** 不予准予 */
  | 'REFUSAL'
  /** 查封场所、设施或者财物 */
  | 'SEIZURE'
  /** 警告、通报批评 */
  | 'WARNING';

/** 岗位职责 (duty) */
export type Duty =
  /** 行政执法 (enforcement) */
  | 'ENFORCEMENT'
  /** 法制审核 (legal review of major decisions) */
  | 'LEGAL_REVIEW'
  /** 执法监督 (supervision) */
  | 'SUPERVISION';

/** 人员变动 (employment change): 调离, 离职, or back on duty (004 第十一条) */
export type EmploymentChangeInput = {
  /** 变动发生日 (the day it happened, YYYY-MM-DD) */
  effectiveOn: string;
  /** 说明 (reason), e.g. 调任某单位 */
  reason?: string | null | undefined;
  /** 变动后状态 (status after the change) */
  toStatus: EmploymentStatus;
};

/** 在岗状态 (employment status, 004 第十一条) */
export type EmploymentStatus =
  /** 离职 (left the service) */
  | 'LEFT'
  /** 在岗 (on duty) */
  | 'ON_DUTY'
  /** 调离 (transferred away from the enforcement post) */
  | 'TRANSFERRED';

/** 登记资格考试 (record a qualification exam), 003 第4条 */
export type ExamInput = {
  /** 考试名称 (exam) */
  examName: string;
  /** 考试日期 (YYYY-MM-DD) */
  examOn: string;
  /** 执法人员 (officer) */
  officerId: string;
  /** 是否合格 (passed) */
  passed: boolean;
  /** 成绩 (score), 0–100 */
  score?: number | null | undefined;
};

/** 核发证件 (issue a certificate): requires a passed exam and the required training (003 第4条, 第3条) */
export type IssueCertificateInput = {
  /** 执法领域，默认取持证人的 (fields, default: the officer's) */
  fields?: Array<string> | null | undefined;
  /** 发证日期，默认今天 (issued on, default today) */
  issuedOn?: string | null | undefined;
  /** 证件种类 (kind) */
  kind?: CertificateKind;
  /** 证件号 (number, unique), 6–32 digits or letters */
  number: string;
  /** 持证人 (holder officer) */
  officerId: string;
  /** 执法区域，默认取持证人的 (region, default: the officer's) */
  region?: string | null | undefined;
};

/** 重大执法决定法制审核目录条目 (a catalogue entry, 004 第十六条) */
export type MajorReviewEntryInput = {
  /** 执法主体 (agency whose catalogue it is) */
  agencyId: string;
  /** 条目类型 (kind) */
  kind: MajorReviewKind;
  /** 执法事项 (for MATTER: a current matter of the same agency) */
  matterId?: string | null | undefined;
  /** 最低罚款数额，元 (for FINE_AMOUNT) */
  minimumYuan?: number | null | undefined;
  /** 目录原文 (the catalogue's wording) */
  sourceText: string;
};

/** 重大执法决定法制审核目录条目类型 (kind of catalogue entry, 004 第十六条) */
export type MajorReviewKind =
  /** 罚款数额标准 (a fine of at least the minimum, in yuan) */
  | 'FINE_AMOUNT'
  /** 列明的执法事项 (a matter of the list) */
  | 'MATTER';

/** 执法类别 (category of enforcement act, 004 第三条) */
export type MatterCategory =
  /** 行政裁决 */
  | 'ADJUDICATION'
  /** 行政收费 */
  | 'CHARGE'
  /** 行政强制 */
  | 'COERCION'
  /** 行政确认 */
  | 'CONFIRMATION'
  /** 行政征收征用 */
  | 'EXPROPRIATION'
  /** 行政检查 */
  | 'INSPECTION'
  /** 行政许可 */
  | 'LICENSING'
  /** 行政给付 */
  | 'PAYMENT'
  /** 行政处罚 */
  | 'PUNISHMENT'
  /** 行政登记 */
  | 'REGISTRATION'
  /** 行政奖励 */
  | 'REWARD';

/** 执法事项筛选条件 (matter filter) */
export type MatterFilter = {
  /** 实施主体 (agency) */
  agencyId?: string | null | undefined;
  /** 执法类别 (category) */
  category?: MatterCategory | null | undefined;
  /** 只取这些编号 (only these ids), at most 200 */
  ids?: Array<string> | null | undefined;
  /** 包括已停用的事项 (include retired matters); default false */
  includeRetired?: boolean | null | undefined;
  /** 名称或依据包含 (name or legal basis contains) */
  search?: string | null | undefined;
};

/** 执法事项内容 (a matter as published, 004 第三条) */
export type MatterInput = {
  /** 执法类别 (category, 004 第三条) */
  category: MatterCategory;
  /** 执法领域 (field) */
  field?: string | null | undefined;
  /** 法律依据 (legal basis) */
  legalBasis: string;
  /** 清单序号 (position in the list) */
  listSeq?: number | null | undefined;
  /** 事项名称 (name) */
  name: string;
  /** 承办机构 (internal unit) */
  unit?: string | null | undefined;
};

/** 执法事项排序 (matter order) */
export type MatterOrder = {
  /** 方向 (direction) */
  direction?: SortDirection;
  /** 排序字段 (field) */
  field: MatterOrderField;
};

/** 执法事项排序字段 (matter sort field) */
export type MatterOrderField =
  /** 类别 (category) */
  | 'CATEGORY'
  /** 清单序号 (list position) */
  | 'LIST_SEQ'
  /** 名称 (name) */
  | 'NAME';

/** 执法人员承办案件筛选 (filter of an officer's cases) */
export type OfficerCaseFilter = {
  /** 主办人 (true: cases he leads or led; false: cases he only assists or assisted) */
  lead?: boolean | null | undefined;
  /** 当前环节 (stage) */
  stage?: CaseStage | null | undefined;
};

/** 执法人员筛选条件 (officer filter); all given conditions must hold */
export type OfficerFilter = {
  /** 所属执法主体及其下级 (agency, sub-units included) */
  agencyId?: string | null | undefined;
  /** 在岗状态 (employment status) */
  employmentStatus?: EmploymentStatus | null | undefined;
  /** 只取这些编号 (only these ids), at most 200 */
  ids?: Array<string> | null | undefined;
  /** 姓名包含 (name contains) */
  search?: string | null | undefined;
};

/** 执法人员资料 (officer profile) for create and edit */
export type OfficerInput = {
  /** 所属执法主体 (agency) */
  agencyId: string;
  /** 岗位职责 (duties) */
  duties: Array<Duty>;
  /** 执法领域 (fields) */
  fields: Array<string>;
  /** 身份证号 (ID-card number, 18 characters, checked); stored, shown masked. In an edit, leaving it out (null) keeps the stored number */
  idNumber?: string | null | undefined;
  /** 是否具有法律职业资格 (legal professional qualification) */
  legalProfessionQualification?: boolean;
  /** 姓名 (name) */
  name: string;
  /** 职务/岗位 (post) */
  post?: string | null | undefined;
  /** 执法区域 (region) */
  region: string;
};

/** 执法人员排序 (officer order) */
export type OfficerOrder = {
  /** 方向 (direction) */
  direction?: SortDirection;
  /** 排序字段 (field) */
  field: OfficerOrderField;
};

/** 执法人员排序字段 (officer sort field) */
export type OfficerOrderField =
  /** 创建时间 (created at) */
  | 'CREATED_AT'
  /** 公示名单序号 (position in the published list) */
  | 'LIST_SEQ'
  /** 姓名 (name) */
  | 'NAME';

/** 政策参数 (policy value: a period, threshold or ratio set per jurisdiction) */
export type PolicyKey =
  /** 行政执法证有效期（年） */
  | 'CERTIFICATE_VALIDITY_YEARS'
  /** 人员变动报送期限（日） */
  | 'CHANGE_REPORT_DAYS'
  /** 法制审核人员最少人数（人） */
  | 'LEGAL_REVIEWER_MIN'
  /** 法制审核人员占比（%） */
  | 'LEGAL_REVIEWER_PERCENT'
  /** 证件年审周期（个月） */
  | 'REVIEW_CYCLE_MONTHS'
  /** 暂扣行政执法证期限（个月） */
  | 'SUSPENSION_MONTHS'
  /** 年度培训学时（学时） */
  | 'TRAINING_HOURS_PER_YEAR';

/** 年审状态 (periodic review state) */
export type ReviewState =
  /** 即将到期 (due within 30 days) */
  | 'DUE_SOON'
  /** 未安排 (no review scheduled) */
  | 'NOT_SCHEDULED'
  /** 正常 (not yet due) */
  | 'OK'
  /** 已逾期 (overdue: not valid for enforcement) */
  | 'OVERDUE';

/** 角色 (role of a user) */
export type Role =
  /** 执法部门管理员 (agency administrator) */
  | 'AGENCY_ADMIN'
  /** 司法局证件管理员 (certificate administrator) */
  | 'CERT_ADMIN'
  /** 法制审核人员 (legal reviewer) */
  | 'LEGAL_REVIEWER'
  /** 执法人员 (enforcement officer) */
  | 'OFFICER'
  /** 执法监督人员 (supervisor) */
  | 'SUPERVISOR'
  /** 系统管理员 (system administrator) */
  | 'SYSTEM_ADMIN';

/** 排序方向 (sort direction): ASC 升序, DESC 降序 */
export type SortDirection =
  /** 升序 ascending */
  | 'ASC'
  /** 降序 descending */
  | 'DESC';

/** 暂扣证件 (suspend a certificate, 003 第4条: 暂扣行政执法证3个月) */
export type SuspendCertificateInput = {
  /** 依据，事由为处理决定时必填 (basis; required for a sanction, e.g. its document number) */
  basis?: string | null | undefined;
  /** 暂扣事由 (ground) */
  ground: SuspensionGround;
  /** 事实与理由 (facts and reasons) */
  reason: string;
  /** 起始日，默认今天 (first day, default today) */
  startsOn?: string | null | undefined;
};

/** 暂扣事由 (ground of a suspension, 003 第4条; or a sanction, 004 第三十三条) */
export type SuspensionGround =
  /** 将行政执法证交由他用 (lent the certificate, 003 第4条) */
  | 'LENT'
  /** 用于行政执法以外其他用途 (used it for anything but enforcement, 003 第4条) */
  | 'MISUSED'
  /** 擅自超出行政执法领域执法 (acted outside his field or region, 003 第4条) */
  | 'OUTSIDE_FIELD'
  /** 监督处理决定 (a supervision sanction, 004 第三十三条), cited in the basis */
  | 'SANCTION';

/** 登记培训 (record a training), 003 第3条 */
export type TrainingInput = {
  /** 学时 (hours), 0.5–100 */
  hours: number;
  /** 执法人员 (officer) */
  officerId: string;
  /** 组织单位 (provider) */
  provider?: string | null | undefined;
  /** 培训名称 (title) */
  title: string;
  /** 培训日期 (YYYY-MM-DD) */
  trainedOn: string;
  /** 培训类别 (type) */
  type: TrainingType;
};

/** 培训类别 (kind of training, 003 第3条) */
export type TrainingType =
  /** 业务知识 (the field's own rules) */
  | 'BUSINESS'
  /** 调查取证等行政执法技能 (investigation and other enforcement skills) */
  | 'ENFORCEMENT_SKILLS'
  /** 其他 (other) */
  | 'OTHER'
  /** 公共法律知识 (public law) */
  | 'PUBLIC_LAW';

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, agencyId: string | null, officerId: string | null } } };

export type AgencyFiguresFieldsFragment = { year: number, officers: number, withValidCertificate: number, validCertificateShare: number, suspendedNow: number, reviewOverdue: number, trainingCompliant: number, trainingComplianceShare: number, trainingHoursRequired: number, averageTrainingHours: number, legalReviewers: number, legalReviewersRequired: number, legalReviewersSufficient: boolean, rules: Array<string> };

export type AgenciesQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: AgencyFilter | null | undefined;
  orderBy?: AgencyOrder | null | undefined;
}>;


export type AgenciesQuery = { agencies: { total: number, items: Array<{ id: string, name: string, level: AgencyLevel, region: string, parentId: string | null, qualificationConfirmed: boolean, publishedAt: string | null, officerCount: number, supervisionPhone: string | null }> } };

export type AgencyRefsQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: AgencyFilter | null | undefined;
  orderBy?: AgencyOrder | null | undefined;
}>;


export type AgencyRefsQuery = { agencies: { total: number, items: Array<{ id: string, name: string, level: AgencyLevel, region: string, fields: Array<string> }> } };

export type AgencyQueryVariables = Exact<{
  id: string;
}>;


export type AgencyQuery = { agency: { id: string, name: string, unifiedCode: string | null, level: AgencyLevel, region: string, fields: Array<string>, parentId: string | null, enforcementUnit: string | null, supervisionUnit: string | null, supervisionPhone: string | null, qualificationConfirmed: boolean, qualificationConfirmedAt: string | null, qualificationConfirmedBy: string | null, publishedAt: string | null, officerCount: number, createdAt: string, updatedAt: string, version: number, children: { total: number, items: Array<{ id: string, name: string, level: AgencyLevel, region: string, qualificationConfirmed: boolean, officerCount: number }> }, figures: { year: number, officers: number, withValidCertificate: number, validCertificateShare: number, suspendedNow: number, reviewOverdue: number, trainingCompliant: number, trainingComplianceShare: number, trainingHoursRequired: number, averageTrainingHours: number, legalReviewers: number, legalReviewersRequired: number, legalReviewersSufficient: boolean, rules: Array<string> }, policies: Array<{ key: PolicyKey, label: string, value: number, unit: string, source: string, setAt: string | null, defaultValue: number, version: number | null }>, parent: { id: string, name: string } | null } };

export type AgencyDetailFragment = { id: string, name: string, unifiedCode: string | null, level: AgencyLevel, region: string, fields: Array<string>, parentId: string | null, enforcementUnit: string | null, supervisionUnit: string | null, supervisionPhone: string | null, qualificationConfirmed: boolean, qualificationConfirmedAt: string | null, qualificationConfirmedBy: string | null, publishedAt: string | null, officerCount: number, createdAt: string, updatedAt: string, version: number, parent: { id: string, name: string } | null };

export type CreateAgencyMutationVariables = Exact<{
  input: AgencyInput;
}>;


export type CreateAgencyMutation = { createAgency: { id: string, name: string, unifiedCode: string | null, level: AgencyLevel, region: string, fields: Array<string>, parentId: string | null, enforcementUnit: string | null, supervisionUnit: string | null, supervisionPhone: string | null, qualificationConfirmed: boolean, qualificationConfirmedAt: string | null, qualificationConfirmedBy: string | null, publishedAt: string | null, officerCount: number, createdAt: string, updatedAt: string, version: number, parent: { id: string, name: string } | null } };

export type UpdateAgencyMutationVariables = Exact<{
  id: string;
  input: AgencyInput;
  version: number;
}>;


export type UpdateAgencyMutation = { updateAgency: { id: string, name: string, unifiedCode: string | null, level: AgencyLevel, region: string, fields: Array<string>, parentId: string | null, enforcementUnit: string | null, supervisionUnit: string | null, supervisionPhone: string | null, qualificationConfirmed: boolean, qualificationConfirmedAt: string | null, qualificationConfirmedBy: string | null, publishedAt: string | null, officerCount: number, createdAt: string, updatedAt: string, version: number, parent: { id: string, name: string } | null } };

export type ConfirmAgencyQualificationMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type ConfirmAgencyQualificationMutation = { confirmAgencyQualification: { id: string, version: number, qualificationConfirmed: boolean } };

export type PublishAgencyMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type PublishAgencyMutation = { publishAgency: { id: string, version: number, publishedAt: string | null } };

export type SetPolicyMutationVariables = Exact<{
  agencyId: string;
  key: PolicyKey;
  value?: number | null | undefined;
  source?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type SetPolicyMutation = { setPolicy: { key: PolicyKey, value: number, source: string, setAt: string | null, version: number | null } };

export type AgencyFiguresQueryVariables = Exact<{
  id: string;
  year?: number | null | undefined;
}>;


export type AgencyFiguresQuery = { agency: { id: string, figures: { year: number, officers: number, withValidCertificate: number, validCertificateShare: number, suspendedNow: number, reviewOverdue: number, trainingCompliant: number, trainingComplianceShare: number, trainingHoursRequired: number, averageTrainingHours: number, legalReviewers: number, legalReviewersRequired: number, legalReviewersSufficient: boolean, rules: Array<string> } } };

export type CalendarYearFieldsFragment = { id: string, year: number, source: CalendarDataSource, inForce: CalendarDataSource, notice: string | null, daysOff: Array<string>, makeUpDays: Array<string>, packageDaysOff: Array<string> | null, packageMakeUpDays: Array<string> | null, enteredBy: string | null, enteredAt: string | null, version: number | null, holidays: Array<{ name: string, from: string, to: string }>, disagreements: Array<{ date: string, entered: CalendarDayKind, package: CalendarDayKind }> };

export type CalendarYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarYearsQuery = { calendarYears: { packageLabel: string, coveredFrom: string, coveredTo: string, years: Array<{ id: string, year: number, source: CalendarDataSource, inForce: CalendarDataSource, notice: string | null, daysOff: Array<string>, makeUpDays: Array<string>, packageDaysOff: Array<string> | null, packageMakeUpDays: Array<string> | null, enteredBy: string | null, enteredAt: string | null, version: number | null, holidays: Array<{ name: string, from: string, to: string }>, disagreements: Array<{ date: string, entered: CalendarDayKind, package: CalendarDayKind }> }> } };

export type CalendarYearQueryVariables = Exact<{
  year: number;
}>;


export type CalendarYearQuery = { calendarYear: { id: string, year: number, source: CalendarDataSource, inForce: CalendarDataSource, notice: string | null, daysOff: Array<string>, makeUpDays: Array<string>, packageDaysOff: Array<string> | null, packageMakeUpDays: Array<string> | null, enteredBy: string | null, enteredAt: string | null, version: number | null, holidays: Array<{ name: string, from: string, to: string }>, disagreements: Array<{ date: string, entered: CalendarDayKind, package: CalendarDayKind }> } | null };

export type SetCalendarYearMutationVariables = Exact<{
  year: number;
  input: CalendarYearInput;
  version?: number | null | undefined;
}>;


export type SetCalendarYearMutation = { setCalendarYear: { calendarYear: { id: string, year: number, source: CalendarDataSource, inForce: CalendarDataSource, notice: string | null, daysOff: Array<string>, makeUpDays: Array<string>, packageDaysOff: Array<string> | null, packageMakeUpDays: Array<string> | null, enteredBy: string | null, enteredAt: string | null, version: number | null, holidays: Array<{ name: string, from: string, to: string }>, disagreements: Array<{ date: string, entered: CalendarDayKind, package: CalendarDayKind }> }, recomputed: Array<{ kind: string, recordId: string, before: string, after: string, provisional: boolean }> } };

export type CertificateHistoryEntryFragment = { id: string, kind: CertificateEventKind, effectiveFrom: string, effectiveUntil: string | null, endsOn: string | null, ground: SuspensionGround | null, rule: string | null, provisional: boolean, reviewDueOn: string | null, validUntilAfter: string | null, recordedAt: string, actorName: string | null, reason: string | null, basis: string | null };

export type CertificateSummaryFragment = { id: string, number: string, kind: CertificateKind, officerId: string, fields: Array<string>, region: string, issuedOn: string, validUntil: string, status: CertificateStatus, review: { dueOn: string | null, state: ReviewState, provisional: boolean } };

export type CertificatesQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: CertificateFilter | null | undefined;
  orderBy?: CertificateOrder | null | undefined;
}>;


export type CertificatesQuery = { certificates: { total: number, items: Array<{ id: string, number: string, kind: CertificateKind, officerId: string, fields: Array<string>, region: string, issuedOn: string, validUntil: string, status: CertificateStatus, review: { dueOn: string | null, state: ReviewState, provisional: boolean } }> } };

export type CertificateQueryVariables = Exact<{
  id: string;
}>;


export type CertificateQuery = { certificate: { allowedActions: Array<CertificateAction>, createdAt: string, updatedAt: string, version: number, id: string, number: string, kind: CertificateKind, officerId: string, fields: Array<string>, region: string, issuedOn: string, validUntil: string, status: CertificateStatus, activeSuspension: { id: string, effectiveFrom: string, endsOn: string | null, ground: SuspensionGround | null, provisional: boolean } | null, history: { items: Array<{ id: string, kind: CertificateEventKind, effectiveFrom: string, effectiveUntil: string | null, endsOn: string | null, ground: SuspensionGround | null, rule: string | null, provisional: boolean, reviewDueOn: string | null, validUntilAfter: string | null, recordedAt: string, actorName: string | null, reason: string | null, basis: string | null }> }, review: { dueOn: string | null, state: ReviewState, provisional: boolean } } };

export type IssueCertificateMutationVariables = Exact<{
  input: IssueCertificateInput;
}>;


export type IssueCertificateMutation = { issueCertificate: { id: string, number: string, status: CertificateStatus } };

export type ReviewCertificateMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
  version: number;
}>;


export type ReviewCertificateMutation = { reviewCertificate: { id: string, version: number, status: CertificateStatus } };

export type SuspendCertificateMutationVariables = Exact<{
  id: string;
  input: SuspendCertificateInput;
  version: number;
}>;


export type SuspendCertificateMutation = { suspendCertificate: { id: string, version: number, status: CertificateStatus, activeSuspension: { endsOn: string | null } | null } };

export type LiftCertificateSuspensionMutationVariables = Exact<{
  id: string;
  reason: string;
  version: number;
}>;


export type LiftCertificateSuspensionMutation = { liftCertificateSuspension: { id: string, version: number, status: CertificateStatus } };

export type RenewCertificateMutationVariables = Exact<{
  id: string;
  reason: string;
  newNumber?: string | null | undefined;
  version: number;
}>;


export type RenewCertificateMutation = { renewCertificate: { id: string, version: number, number: string, status: CertificateStatus } };

export type RevokeCertificateMutationVariables = Exact<{
  id: string;
  reason: string;
  basis: string;
  version: number;
}>;


export type RevokeCertificateMutation = { revokeCertificate: { id: string, version: number, status: CertificateStatus } };

export type CancelCertificateMutationVariables = Exact<{
  id: string;
  reason: string;
  basis?: string | null | undefined;
  version: number;
}>;


export type CancelCertificateMutation = { cancelCertificate: { id: string, version: number, status: CertificateStatus } };

export type RecoverCertificateMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
  recoveredOn?: string | null | undefined;
  version: number;
}>;


export type RecoverCertificateMutation = { recoverCertificate: { id: string, version: number, status: CertificateStatus } };

export type SuspensionPreviewQueryVariables = Exact<{
  id: string;
  startsOn: string;
}>;


export type SuspensionPreviewQuery = { suspensionPreview: { startsOn: string, endsOn: string, months: number, rule: string } };

export type TodayQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayQuery = { today: string };

export type CaseChallengeFieldsFragment = { id: string, caseId: string, kind: ChallengeKind, body: string, filedOn: string, acceptedOn: string | null, outcome: ChallengeOutcome | null, outcomeOn: string | null, outcomeNote: string | null, corrected: boolean, pending: boolean, recordedBy: string, recordedAt: string, version: number };

export type CaseChallengesQueryVariables = Exact<{
  id: string;
}>;


export type CaseChallengesQuery = { case: { id: string, stage: CaseStage, decidedOn: string | null, underChallenge: boolean, challenges: Array<{ id: string, caseId: string, kind: ChallengeKind, body: string, filedOn: string, acceptedOn: string | null, outcome: ChallengeOutcome | null, outcomeOn: string | null, outcomeNote: string | null, corrected: boolean, pending: boolean, recordedBy: string, recordedAt: string, version: number }> } };

export type RecordCaseChallengeMutationVariables = Exact<{
  caseId: string;
  input: ChallengeInput;
}>;


export type RecordCaseChallengeMutation = { recordChallenge: { id: string, caseId: string, kind: ChallengeKind, body: string, filedOn: string, acceptedOn: string | null, outcome: ChallengeOutcome | null, outcomeOn: string | null, outcomeNote: string | null, corrected: boolean, pending: boolean, recordedBy: string, recordedAt: string, version: number } };

export type RecordCaseChallengeOutcomeMutationVariables = Exact<{
  id: string;
  version: number;
  input: ChallengeOutcomeInput;
}>;


export type RecordCaseChallengeOutcomeMutation = { recordChallengeOutcome: { id: string, caseId: string, kind: ChallengeKind, body: string, filedOn: string, acceptedOn: string | null, outcome: ChallengeOutcome | null, outcomeOn: string | null, outcomeNote: string | null, corrected: boolean, pending: boolean, recordedBy: string, recordedAt: string, version: number } };

export type ChangeLogFieldsFragment = { total: number, items: Array<{ id: string, action: string, actorName: string | null, at: string, changes: Array<{ field: string, before: string | null, after: string | null }> }> };

export type AgencyChangeLogQueryVariables = Exact<{
  id: string;
  offset: number;
  limit: number;
}>;


export type AgencyChangeLogQuery = { agency: { id: string, changeLog: { total: number, items: Array<{ id: string, action: string, actorName: string | null, at: string, changes: Array<{ field: string, before: string | null, after: string | null }> }> } } };

export type OfficerChangeLogQueryVariables = Exact<{
  id: string;
  offset: number;
  limit: number;
}>;


export type OfficerChangeLogQuery = { officer: { id: string, changeLog: { total: number, items: Array<{ id: string, action: string, actorName: string | null, at: string, changes: Array<{ field: string, before: string | null, after: string | null }> }> } } };

export type ComplaintsQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: ComplaintFilter | null | undefined;
  orderBy?: ComplaintOrder | null | undefined;
}>;


export type ComplaintsQuery = { complaints: { total: number, items: Array<{ id: string, number: string, receivedAt: string, channel: ComplaintChannel, anonymous: boolean, complainantName: string | null, agencyId: string, officerId: string | null, content: string, status: ComplaintStatus, registeredBy: string | null }> } };

export type ComplaintRecordFragment = { id: string, number: string, receivedAt: string, channel: ComplaintChannel, anonymous: boolean, complainantName: string | null, complainantPhone: string | null, agencyId: string, officerId: string | null, content: string, status: ComplaintStatus, registeredBy: string | null, createdAt: string, version: number };

export type ComplaintQueryVariables = Exact<{
  id: string;
}>;


export type ComplaintQuery = { complaint: { id: string, number: string, receivedAt: string, channel: ComplaintChannel, anonymous: boolean, complainantName: string | null, complainantPhone: string | null, agencyId: string, officerId: string | null, content: string, status: ComplaintStatus, registeredBy: string | null, createdAt: string, version: number } };

export type CreateComplaintMutationVariables = Exact<{
  input: CreateComplaintInput;
}>;


export type CreateComplaintMutation = { createComplaint: { id: string, number: string, receivedAt: string, channel: ComplaintChannel, anonymous: boolean, complainantName: string | null, complainantPhone: string | null, agencyId: string, officerId: string | null, content: string, status: ComplaintStatus, registeredBy: string | null, createdAt: string, version: number } };

export type MatterRowFragment = { id: string, listSeq: number | null, category: MatterCategory, name: string, legalBasis: string, agencyId: string, field: string | null, unit: string | null, retired: boolean, version: number };

export type MattersQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: MatterFilter | null | undefined;
  orderBy?: MatterOrder | null | undefined;
}>;


export type MattersQuery = { matters: { total: number, items: Array<{ id: string, listSeq: number | null, category: MatterCategory, name: string, legalBasis: string, agencyId: string, field: string | null, unit: string | null, retired: boolean, version: number }> } };

export type MatterDetailFragment = { createdAt: string, updatedAt: string | null, retiredAt: string | null, retiredReason: string | null, retiredBy: string | null, id: string, listSeq: number | null, category: MatterCategory, name: string, legalBasis: string, agencyId: string, field: string | null, unit: string | null, retired: boolean, version: number };

export type MatterQueryVariables = Exact<{
  id: string;
}>;


export type MatterQuery = { matter: { createdAt: string, updatedAt: string | null, retiredAt: string | null, retiredReason: string | null, retiredBy: string | null, id: string, listSeq: number | null, category: MatterCategory, name: string, legalBasis: string, agencyId: string, field: string | null, unit: string | null, retired: boolean, version: number } };

export type CreateMatterMutationVariables = Exact<{
  input: CreateMatterInput;
}>;


export type CreateMatterMutation = { createMatter: { createdAt: string, updatedAt: string | null, retiredAt: string | null, retiredReason: string | null, retiredBy: string | null, id: string, listSeq: number | null, category: MatterCategory, name: string, legalBasis: string, agencyId: string, field: string | null, unit: string | null, retired: boolean, version: number } };

export type UpdateMatterMutationVariables = Exact<{
  id: string;
  version: number;
  input: MatterInput;
}>;


export type UpdateMatterMutation = { updateMatter: { createdAt: string, updatedAt: string | null, retiredAt: string | null, retiredReason: string | null, retiredBy: string | null, id: string, listSeq: number | null, category: MatterCategory, name: string, legalBasis: string, agencyId: string, field: string | null, unit: string | null, retired: boolean, version: number } };

export type RetireMatterMutationVariables = Exact<{
  id: string;
  version: number;
  reason: string;
}>;


export type RetireMatterMutation = { retireMatter: { createdAt: string, updatedAt: string | null, retiredAt: string | null, retiredReason: string | null, retiredBy: string | null, id: string, listSeq: number | null, category: MatterCategory, name: string, legalBasis: string, agencyId: string, field: string | null, unit: string | null, retired: boolean, version: number } };

export type MatterChangeLogQueryVariables = Exact<{
  id: string;
  offset: number;
  limit: number;
}>;


export type MatterChangeLogQuery = { matter: { id: string, changeLog: { total: number, items: Array<{ id: string, action: string, actorName: string | null, at: string, changes: Array<{ field: string, before: string | null, after: string | null }> }> } | null } };

export type MajorReviewCatalogueQueryVariables = Exact<{
  agencyId: string;
}>;


export type MajorReviewCatalogueQuery = { majorReviewCatalogue: Array<{ id: string, kind: MajorReviewKind, matterId: string | null, minimumYuan: number | null, sourceText: string, version: number }> };

export type AddMajorReviewEntryMutationVariables = Exact<{
  input: MajorReviewEntryInput;
}>;


export type AddMajorReviewEntryMutation = { addMajorReviewEntry: { id: string, version: number } };

export type RemoveMajorReviewEntryMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type RemoveMajorReviewEntryMutation = { removeMajorReviewEntry: boolean };

export type OfficersQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: OfficerFilter | null | undefined;
  orderBy?: OfficerOrder | null | undefined;
}>;


export type OfficersQuery = { officers: { total: number, items: Array<{ id: string, listSeq: number | null, name: string, agencyId: string, post: string | null, region: string, fields: Array<string>, duties: Array<Duty>, employmentStatus: EmploymentStatus, certificate: { id: string, number: string, status: CertificateStatus, validUntil: string } | null }> } };

export type OfficerQueryVariables = Exact<{
  id: string;
}>;


export type OfficerQuery = { officer: { id: string, listSeq: number | null, name: string, idNumberMasked: string | null, agencyId: string, post: string | null, region: string, fields: Array<string>, duties: Array<Duty>, employmentStatus: EmploymentStatus, legalProfessionQualification: boolean, createdAt: string, updatedAt: string, version: number, trainingHours: number, certificate: { id: string, number: string, kind: CertificateKind, fields: Array<string>, region: string, issuedOn: string, validUntil: string, status: CertificateStatus, review: { dueOn: string | null, state: ReviewState, provisional: boolean }, history: { items: Array<{ id: string, kind: CertificateEventKind, effectiveFrom: string, effectiveUntil: string | null, endsOn: string | null, ground: SuspensionGround | null, rule: string | null, provisional: boolean, reviewDueOn: string | null, validUntilAfter: string | null, recordedAt: string, actorName: string | null, reason: string | null, basis: string | null }> } } | null, certificates: Array<{ id: string, number: string, kind: CertificateKind, status: CertificateStatus, issuedOn: string, validUntil: string }>, employmentChanges: Array<{ id: string, fromStatus: EmploymentStatus, toStatus: EmploymentStatus, effectiveOn: string, reportedOn: string, reportDueOn: string, late: boolean, provisional: boolean, rule: string, reason: string | null, recordedBy: string | null, recordedAt: string }>, trainings: Array<{ id: string, type: TrainingType, title: string, trainedOn: string, hours: number, provider: string | null, recordedBy: string | null }>, exams: Array<{ id: string, examName: string, examOn: string, passed: boolean, score: number | null, recordedBy: string | null }>, idNumberViews: { total: number, items: Array<{ id: string, field: string, viewerName: string, viewedAt: string, reason: string | null }> } | null, agency: { id: string, policies: Array<{ key: PolicyKey, value: number, unit: string }> } } };

export type CreateOfficerMutationVariables = Exact<{
  input: OfficerInput;
}>;


export type CreateOfficerMutation = { createOfficer: { id: string, name: string, agencyId: string, version: number } };

export type UpdateOfficerMutationVariables = Exact<{
  id: string;
  input: OfficerInput;
  version: number;
}>;


export type UpdateOfficerMutation = { updateOfficer: { id: string, name: string, agencyId: string, version: number } };

export type RecordEmploymentChangeMutationVariables = Exact<{
  officerId: string;
  input: EmploymentChangeInput;
  version: number;
}>;


export type RecordEmploymentChangeMutation = { recordEmploymentChange: { change: { id: string, toStatus: EmploymentStatus, effectiveOn: string, reportedOn: string, reportDueOn: string, late: boolean, provisional: boolean, rule: string }, officer: { id: string, version: number, employmentStatus: EmploymentStatus } } };

export type RecordTrainingMutationVariables = Exact<{
  input: TrainingInput;
}>;


export type RecordTrainingMutation = { recordTraining: { id: string, hours: number } };

export type RecordExamMutationVariables = Exact<{
  input: ExamInput;
}>;


export type RecordExamMutation = { recordExam: { id: string, passed: boolean } };

export type RevealIdNumberMutationVariables = Exact<{
  officerId: string;
  reason: string;
}>;


export type RevealIdNumberMutation = { revealIdNumber: { idNumber: string | null, view: { id: string, viewedAt: string } } };

export type ImportOfficersMutationVariables = Exact<{
  csv: string;
  dryRun: boolean;
}>;


export type ImportOfficersMutation = { importOfficers: { rows: number, imported: number, dryRun: boolean, problems: Array<{ row: number, field: string, message: string }> } };

export type OfficersCsvQueryVariables = Exact<{
  filter?: OfficerFilter | null | undefined;
}>;


export type OfficersCsvQuery = { officersCsv: string };

export type PublicCertificateFieldsFragment = { number: string, holderName: string, agencyName: string, fields: Array<string>, region: string, status: CertificateStatus, validUntil: string };

export type PublicCertificatesByHolderQueryVariables = Exact<{
  name: string;
  agencyName: string;
}>;


export type PublicCertificatesByHolderQuery = { publicCertificatesByHolder: Array<{ number: string, holderName: string, agencyName: string, fields: Array<string>, region: string, status: CertificateStatus, validUntil: string }> };

export type PublicCertificateQueryVariables = Exact<{
  number: string;
}>;


export type PublicCertificateQuery = { publicCertificate: { number: string, holderName: string, agencyName: string, fields: Array<string>, region: string, status: CertificateStatus, validUntil: string } | null };

export type CaseStatisticsQueryVariables = Exact<{
  agencyId: string;
  year: number;
  includeSubtree: boolean;
}>;


export type CaseStatisticsQuery = { caseStatistics: { agencyId: string, year: number, includesSubtree: boolean, asOf: string, dueOn: string, registered: number, decided: number, closed: number, majorDecided: number, majorDecidedWithoutReview: number, legalReviewRounds: number, legalReviewsPassed: number, legalReviewsReturned: number, publicationsDue: number | null, publicationsPublished: number | null, publicationsOnTime: number | null, publicationsOverdue: number | null, publicationsWithdrawn: number | null, filingsDue: number | null, filingsFiled: number | null, filingsOnTime: number | null, challengesFiled: number, reconsiderationsFiled: number, litigationsFiled: number, challengesPending: number, challengesConcluded: number, challengesCorrected: number, byCategory: Array<{ category: MatterCategory, registered: number, decided: number, closed: number }>, byOutcome: Array<{ category: MatterCategory, decisionKind: DecisionKind, count: number }> } };

export type CaseListRowFragment = { id: string, number: string, cause: string, stage: CaseStage, category: MatterCategory, registeredOn: string, underChallenge: boolean, handlers: Array<{ officerId: string, officerName: string, lead: boolean, releasedAt: string | null }> };

export type OfficerCasesQueryVariables = Exact<{
  id: string;
  offset: number;
  limit: number;
  filter?: OfficerCaseFilter | null | undefined;
}>;


export type OfficerCasesQuery = { officer: { id: string, cases: { total: number, items: Array<{ id: string, number: string, cause: string, stage: CaseStage, category: MatterCategory, registeredOn: string, underChallenge: boolean, handlers: Array<{ officerId: string, officerName: string, lead: boolean, releasedAt: string | null }> }> } } };

export type OfficerCaseCountQueryVariables = Exact<{
  id: string;
}>;


export type OfficerCaseCountQuery = { officer: { id: string, caseCount: number } };

export type AgencyCasesQueryVariables = Exact<{
  id: string;
  offset: number;
  limit: number;
  filter?: AgencyCaseFilter | null | undefined;
}>;


export type AgencyCasesQuery = { agency: { id: string, cases: { total: number, items: Array<{ id: string, number: string, cause: string, stage: CaseStage, category: MatterCategory, registeredOn: string, underChallenge: boolean, handlers: Array<{ officerId: string, officerName: string, lead: boolean, releasedAt: string | null }> }> } } };

export const AgencyFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"officers"}},{"kind":"Field","name":{"kind":"Name","value":"withValidCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"validCertificateShare"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedNow"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"trainingComplianceShare"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHoursRequired"}},{"kind":"Field","name":{"kind":"Name","value":"averageTrainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewersRequired"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewersSufficient"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]} as unknown as DocumentNode<AgencyFiguresFieldsFragment, unknown>;
export const AgencyDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AgencyDetailFragment, unknown>;
export const CalendarYearFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarYearFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarYearInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysOff"}},{"kind":"Field","name":{"kind":"Name","value":"makeUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"packageDaysOff"}},{"kind":"Field","name":{"kind":"Name","value":"packageMakeUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"disagreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"package"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CalendarYearFieldsFragment, unknown>;
export const CertificateHistoryEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateHistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilAfter"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]} as unknown as DocumentNode<CertificateHistoryEntryFragment, unknown>;
export const CertificateSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CertificateSummaryFragment, unknown>;
export const CaseChallengeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CaseChallengeFieldsFragment, unknown>;
export const ChangeLogFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLogList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeLogFieldsFragment, unknown>;
export const ComplaintRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ComplaintRecordFragment, unknown>;
export const MatterRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MatterRowFragment, unknown>;
export const MatterDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterRow"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"retiredBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MatterDetailFragment, unknown>;
export const PublicCertificateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<PublicCertificateFieldsFragment, unknown>;
export const CaseListRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"underChallenge"}},{"kind":"Field","name":{"kind":"Name","value":"handlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}}]}}]}}]} as unknown as DocumentNode<CaseListRowFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionPhone"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyRefsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyRefs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyRefsQuery, AgencyRefsQueryVariables>;
export const AgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetail"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"officers"}},{"kind":"Field","name":{"kind":"Name","value":"withValidCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"validCertificateShare"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedNow"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"trainingComplianceShare"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHoursRequired"}},{"kind":"Field","name":{"kind":"Name","value":"averageTrainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewersRequired"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewersSufficient"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]} as unknown as DocumentNode<AgencyQuery, AgencyQueryVariables>;
export const CreateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const UpdateAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
export const ConfirmAgencyQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAgencyQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAgencyQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmed"}}]}}]}}]} as unknown as DocumentNode<ConfirmAgencyQualificationMutation, ConfirmAgencyQualificationMutationVariables>;
export const PublishAgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAgency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishAgencyMutation, PublishAgencyMutationVariables>;
export const SetPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyKey"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"value"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"value"},"value":{"kind":"Variable","name":{"kind":"Name","value":"value"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"setAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetPolicyMutation, SetPolicyMutationVariables>;
export const AgencyFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyFiguresFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"officers"}},{"kind":"Field","name":{"kind":"Name","value":"withValidCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"validCertificateShare"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedNow"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"trainingComplianceShare"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHoursRequired"}},{"kind":"Field","name":{"kind":"Name","value":"averageTrainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewersRequired"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewersSufficient"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]} as unknown as DocumentNode<AgencyFiguresQuery, AgencyFiguresQueryVariables>;
export const CalendarYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageLabel"}},{"kind":"Field","name":{"kind":"Name","value":"coveredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"coveredTo"}},{"kind":"Field","name":{"kind":"Name","value":"years"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarYearFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarYearFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarYearInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysOff"}},{"kind":"Field","name":{"kind":"Name","value":"makeUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"packageDaysOff"}},{"kind":"Field","name":{"kind":"Name","value":"packageMakeUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"disagreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"package"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CalendarYearsQuery, CalendarYearsQueryVariables>;
export const CalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarYearFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarYearFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarYearInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysOff"}},{"kind":"Field","name":{"kind":"Name","value":"makeUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"packageDaysOff"}},{"kind":"Field","name":{"kind":"Name","value":"packageMakeUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"disagreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"package"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CalendarYearQuery, CalendarYearQueryVariables>;
export const SetCalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarYearInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarYearFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recomputed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarYearFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CalendarYearInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysOff"}},{"kind":"Field","name":{"kind":"Name","value":"makeUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"packageDaysOff"}},{"kind":"Field","name":{"kind":"Name","value":"packageMakeUpDays"}},{"kind":"Field","name":{"kind":"Name","value":"disagreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"entered"}},{"kind":"Field","name":{"kind":"Name","value":"package"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enteredBy"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetCalendarYearMutation, SetCalendarYearMutationVariables>;
export const CertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<CertificatesQuery, CertificatesQueryVariables>;
export const CertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateSummary"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"Field","name":{"kind":"Name","value":"activeSuspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateHistoryEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Certificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateHistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilAfter"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]} as unknown as DocumentNode<CertificateQuery, CertificateQueryVariables>;
export const IssueCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IssueCertificateMutation, IssueCertificateMutationVariables>;
export const ReviewCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReviewCertificateMutation, ReviewCertificateMutationVariables>;
export const SuspendCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspendCertificateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activeSuspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<SuspendCertificateMutation, SuspendCertificateMutationVariables>;
export const LiftCertificateSuspensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftCertificateSuspension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liftCertificateSuspension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LiftCertificateSuspensionMutation, LiftCertificateSuspensionMutationVariables>;
export const RenewCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"newNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RenewCertificateMutation, RenewCertificateMutationVariables>;
export const RevokeCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeCertificateMutation, RevokeCertificateMutationVariables>;
export const CancelCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelCertificateMutation, CancelCertificateMutationVariables>;
export const RecoverCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecoverCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recoveredOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoverCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"recoveredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recoveredOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecoverCertificateMutation, RecoverCertificateMutationVariables>;
export const SuspensionPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuspensionPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspensionPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"startsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startsOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]} as unknown as DocumentNode<SuspensionPreviewQuery, SuspensionPreviewQueryVariables>;
export const TodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}}]}}]} as unknown as DocumentNode<TodayQuery, TodayQueryVariables>;
export const CaseChallengesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseChallenges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"underChallenge"}},{"kind":"Field","name":{"kind":"Name","value":"challenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseChallengeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CaseChallengesQuery, CaseChallengesQueryVariables>;
export const RecordCaseChallengeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseChallenge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChallenge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseChallengeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordCaseChallengeMutation, RecordCaseChallengeMutationVariables>;
export const RecordCaseChallengeOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseChallengeOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChallengeOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChallengeOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseChallengeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseChallengeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseChallenge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeNote"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordCaseChallengeOutcomeMutation, RecordCaseChallengeOutcomeMutationVariables>;
export const AgencyChangeLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyChangeLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLogFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLogList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyChangeLogQuery, AgencyChangeLogQueryVariables>;
export const OfficerChangeLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerChangeLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLogFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLogList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerChangeLogQuery, OfficerChangeLogQueryVariables>;
export const ComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const ComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ComplaintQuery, ComplaintQueryVariables>;
export const CreateComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateComplaintMutation, CreateComplaintMutationVariables>;
export const MattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<MattersQuery, MattersQueryVariables>;
export const MatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterRow"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"retiredBy"}}]}}]} as unknown as DocumentNode<MatterQuery, MatterQueryVariables>;
export const CreateMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterRow"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"retiredBy"}}]}}]} as unknown as DocumentNode<CreateMatterMutation, CreateMatterMutationVariables>;
export const UpdateMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterRow"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"retiredBy"}}]}}]} as unknown as DocumentNode<UpdateMatterMutation, UpdateMatterMutationVariables>;
export const RetireMatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireMatter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireMatter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatterDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementMatter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatterRow"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"retiredReason"}},{"kind":"Field","name":{"kind":"Name","value":"retiredBy"}}]}}]} as unknown as DocumentNode<RetireMatterMutation, RetireMatterMutationVariables>;
export const MatterChangeLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatterChangeLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeLogFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeLogList"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<MatterChangeLogQuery, MatterChangeLogQueryVariables>;
export const MajorReviewCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MajorReviewCatalogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorReviewCatalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"matterId"}},{"kind":"Field","name":{"kind":"Name","value":"minimumYuan"}},{"kind":"Field","name":{"kind":"Name","value":"sourceText"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MajorReviewCatalogueQuery, MajorReviewCatalogueQueryVariables>;
export const AddMajorReviewEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMajorReviewEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MajorReviewEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMajorReviewEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddMajorReviewEntryMutation, AddMajorReviewEntryMutationVariables>;
export const RemoveMajorReviewEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMajorReviewEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMajorReviewEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<RemoveMajorReviewEntryMutation, RemoveMajorReviewEntryMutationVariables>;
export const OfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Officers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficersQuery, OfficersQueryVariables>;
export const OfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Officer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"legalProfessionQualification"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CertificateHistoryEntry"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employmentChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"exams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"examName"}},{"kind":"Field","name":{"kind":"Name","value":"examOn"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idNumberViews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"viewerName"}},{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CertificateHistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntilAfter"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]} as unknown as DocumentNode<OfficerQuery, OfficerQueryVariables>;
export const CreateOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateOfficerMutation, CreateOfficerMutationVariables>;
export const UpdateOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOfficerMutation, UpdateOfficerMutationVariables>;
export const RecordEmploymentChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEmploymentChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEmploymentChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}}]}}]}}]}}]} as unknown as DocumentNode<RecordEmploymentChangeMutation, RecordEmploymentChangeMutationVariables>;
export const RecordTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<RecordTrainingMutation, RecordTrainingMutationVariables>;
export const RecordExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]} as unknown as DocumentNode<RecordExamMutation, RecordExamMutationVariables>;
export const RevealIdNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealIdNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealIdNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"view"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RevealIdNumberMutation, RevealIdNumberMutationVariables>;
export const ImportOfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportOfficers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOfficers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportOfficersMutation, ImportOfficersMutationVariables>;
export const OfficersCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficersCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officersCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}]}]}}]} as unknown as DocumentNode<OfficersCsvQuery, OfficersCsvQueryVariables>;
export const PublicCertificatesByHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCertificatesByHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicCertificatesByHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"agencyName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<PublicCertificatesByHolderQuery, PublicCertificatesByHolderQueryVariables>;
export const PublicCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<PublicCertificateQuery, PublicCertificateQueryVariables>;
export const CaseStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubtree"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"agencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSubtree"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubtree"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"includesSubtree"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"majorDecided"}},{"kind":"Field","name":{"kind":"Name","value":"majorDecidedWithoutReview"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"decisionKind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewRounds"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewsPassed"}},{"kind":"Field","name":{"kind":"Name","value":"legalReviewsReturned"}},{"kind":"Field","name":{"kind":"Name","value":"publicationsDue"}},{"kind":"Field","name":{"kind":"Name","value":"publicationsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"publicationsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"publicationsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"publicationsWithdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"filingsDue"}},{"kind":"Field","name":{"kind":"Name","value":"filingsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"filingsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"challengesFiled"}},{"kind":"Field","name":{"kind":"Name","value":"reconsiderationsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"litigationsFiled"}},{"kind":"Field","name":{"kind":"Name","value":"challengesPending"}},{"kind":"Field","name":{"kind":"Name","value":"challengesConcluded"}},{"kind":"Field","name":{"kind":"Name","value":"challengesCorrected"}}]}}]}}]} as unknown as DocumentNode<CaseStatisticsQuery, CaseStatisticsQueryVariables>;
export const OfficerCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"underChallenge"}},{"kind":"Field","name":{"kind":"Name","value":"handlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}}]}}]}}]} as unknown as DocumentNode<OfficerCasesQuery, OfficerCasesQueryVariables>;
export const OfficerCaseCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerCaseCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}}]}}]}}]} as unknown as DocumentNode<OfficerCaseCountQuery, OfficerCaseCountQueryVariables>;
export const AgencyCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyCaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseListRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseListRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"underChallenge"}},{"kind":"Field","name":{"kind":"Name","value":"handlers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}}]}}]}}]} as unknown as DocumentNode<AgencyCasesQuery, AgencyCasesQueryVariables>;