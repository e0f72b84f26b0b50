/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 执法主体筛选条件 (agency filter); all given conditions must hold */
export type AgencyFilter = {
  /** 只取这些编号 (only these ids) */
  ids?: Array<string> | null | undefined;
  /** 层级 (level) */
  level?: AgencyLevel | null | undefined;
  /** 上级执法主体 (direct parent) */
  parentId?: string | null | undefined;
  /** 名称包含 (name contains) */
  search?: string | null | undefined;
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

/** 证件变更类型 (kind of change in a certificate history) */
export type CertificateEventKind =
  /** 注销 (cancelled) */
  | 'CANCELLED'
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
  /** 只取这些编号 (only these ids) */
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
  /** 只取这些编号 (only these ids) */
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

/** 岗位职责 (duty) */
export type Duty =
  /** 行政执法 (enforcement) */
  | 'ENFORCEMENT'
  /** 法制审核 (legal review of major decisions) */
  | 'LEGAL_REVIEW'
  /** 执法监督 (supervision) */
  | 'SUPERVISION';

/** 在岗状态 (employment status, 004 第十一条) */
export type EmploymentStatus =
  /** 离职 (left the service) */
  | 'LEFT'
  /** 在岗 (on duty) */
  | 'ON_DUTY'
  /** 调离 (transferred away from the enforcement post) */
  | 'TRANSFERRED';

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
  /** 只取这些编号 (only these ids) */
  ids?: Array<string> | null | undefined;
  /** 名称或依据包含 (name or legal basis contains) */
  search?: string | null | undefined;
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

/** 执法人员筛选条件 (officer filter); all given conditions must hold */
export type OfficerFilter = {
  /** 所属执法主体及其下级 (agency, sub-units included) */
  agencyId?: string | null | undefined;
  /** 在岗状态 (employment status) */
  employmentStatus?: EmploymentStatus | null | undefined;
  /** 只取这些编号 (only these ids) */
  ids?: Array<string> | null | undefined;
  /** 姓名包含 (name contains) */
  search?: string | null | undefined;
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

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, agencyId: string | null, officerId: string | null } } };

export type AgenciesQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: AgencyFilter | null | undefined;
  orderBy?: AgencyOrder | null | undefined;
}>;


export type AgenciesQuery = { agencies: { total: number, items: Array<{ id: string, name: string, level: AgencyLevel, region: string, parentId: string | null, qualificationConfirmed: boolean, officerCount: number, supervisionPhone: string | null }> } };

export type AgencyRefsQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: AgencyFilter | null | undefined;
  orderBy?: AgencyOrder | null | undefined;
}>;


export type AgencyRefsQuery = { agencies: { total: number, items: Array<{ id: string, name: string, level: AgencyLevel, region: string }> } };

export type AgencyQueryVariables = Exact<{
  id: string;
}>;


export type AgencyQuery = { agency: { id: string, name: string, unifiedCode: string | null, level: AgencyLevel, region: string, fields: Array<string>, parentId: string | null, enforcementUnit: string | null, supervisionUnit: string | null, supervisionPhone: string | null, qualificationConfirmed: boolean, qualificationConfirmedAt: string | null, qualificationConfirmedBy: string | null, publishedAt: string | null, createdAt: string, updatedAt: string, version: number, parent: { id: string, name: string } | null } };

export type CertificatesQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: CertificateFilter | null | undefined;
  orderBy?: CertificateOrder | null | undefined;
}>;


export type CertificatesQuery = { certificates: { total: number, items: Array<{ id: string, number: string, kind: CertificateKind, officerId: string, fields: Array<string>, region: string, issuedOn: string, validUntil: string, status: CertificateStatus }> } };

export type CertificateQueryVariables = Exact<{
  id: string;
}>;


export type CertificateQuery = { certificate: { id: string, number: string, kind: CertificateKind, officerId: string, fields: Array<string>, region: string, issuedOn: string, validUntil: string, status: CertificateStatus, createdAt: string, updatedAt: string, version: number, history: Array<{ id: string, kind: CertificateEventKind, effectiveFrom: string, effectiveUntil: string | null, recordedAt: string, actorName: string | null, reason: string | null, basis: string | null }> } };

export type ComplaintsQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: ComplaintFilter | null | undefined;
  orderBy?: ComplaintOrder | null | undefined;
}>;


export type ComplaintsQuery = { complaints: { total: number, items: Array<{ id: string, number: string, receivedAt: string, channel: ComplaintChannel, anonymous: boolean, complainantName: string | null, agencyId: string, officerId: string | null, content: string, status: ComplaintStatus, registeredBy: string | null }> } };

export type ComplaintQueryVariables = Exact<{
  id: string;
}>;


export type ComplaintQuery = { complaint: { id: string, number: string, receivedAt: string, channel: ComplaintChannel, anonymous: boolean, complainantName: string | null, complainantPhone: string | null, agencyId: string, officerId: string | null, content: string, status: ComplaintStatus, registeredBy: string | null, createdAt: string, version: number } };

export type CreateComplaintMutationVariables = Exact<{
  input: CreateComplaintInput;
}>;


export type CreateComplaintMutation = { createComplaint: { id: string, number: string, receivedAt: string, channel: ComplaintChannel, anonymous: boolean, complainantName: string | null, complainantPhone: string | null, agencyId: string, officerId: string | null, content: string, status: ComplaintStatus, registeredBy: string | null, createdAt: string, version: number } };

export type MattersQueryVariables = Exact<{
  offset: number;
  limit: number;
  filter?: MatterFilter | null | undefined;
  orderBy?: MatterOrder | null | undefined;
}>;


export type MattersQuery = { matters: { total: number, items: Array<{ id: string, listSeq: number | null, category: MatterCategory, name: string, legalBasis: string, agencyId: string, field: string | null, unit: string | null }> } };

export type MatterQueryVariables = Exact<{
  id: string;
}>;


export type MatterQuery = { matter: { id: string, listSeq: number | null, category: MatterCategory, name: string, legalBasis: string, agencyId: string, field: string | null, unit: string | null, createdAt: string, version: number } };

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


export type OfficerQuery = { officer: { id: string, listSeq: number | null, name: string, idNumberMasked: string | null, agencyId: string, post: string | null, region: string, fields: Array<string>, duties: Array<Duty>, employmentStatus: EmploymentStatus, legalProfessionQualification: boolean, createdAt: string, updatedAt: string, version: number, certificate: { id: string, number: string, kind: CertificateKind, fields: Array<string>, region: string, issuedOn: string, validUntil: string, status: CertificateStatus, history: Array<{ id: string, kind: CertificateEventKind, effectiveFrom: string, effectiveUntil: string | null, recordedAt: string, actorName: string | null, reason: string | null, basis: string | null }> } | null, certificates: Array<{ id: string, number: string, kind: CertificateKind, status: CertificateStatus, issuedOn: string, validUntil: string }> } };

export type PublicCertificateQueryVariables = Exact<{
  number: string;
}>;


export type PublicCertificateQuery = { publicCertificate: { number: string, holderName: string, agencyName: string, fields: Array<string>, region: string, status: CertificateStatus, validUntil: string } | null };


export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const AgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionPhone"}}]}}]}}]}}]} as unknown as DocumentNode<AgenciesQuery, AgenciesQueryVariables>;
export const AgencyRefsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyRefs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyRefsQuery, AgencyRefsQueryVariables>;
export const AgencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unifiedCode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcementUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionUnit"}},{"kind":"Field","name":{"kind":"Name","value":"supervisionPhone"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationConfirmedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AgencyQuery, AgencyQueryVariables>;
export const CertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificateOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CertificatesQuery, CertificatesQueryVariables>;
export const CertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Certificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}}]}}]} as unknown as DocumentNode<CertificateQuery, CertificateQueryVariables>;
export const ComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const ComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ComplaintQuery, ComplaintQueryVariables>;
export const CreateComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"complainantName"}},{"kind":"Field","name":{"kind":"Name","value":"complainantPhone"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"officerId"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateComplaintMutation, CreateComplaintMutationVariables>;
export const MattersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatterOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<MattersQuery, MattersQueryVariables>;
export const MatterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Matter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MatterQuery, MatterQueryVariables>;
export const OfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Officers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OfficerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficersQuery, OfficersQueryVariables>;
export const OfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Officer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listSeq"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"agencyId"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"legalProfessionQualification"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"certificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerQuery, OfficerQueryVariables>;
export const PublicCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<PublicCertificateQuery, PublicCertificateQueryVariables>;