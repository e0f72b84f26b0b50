/**
 * The authorization matrix (issue 7; DESIGN "Who uses it": a node sees itself and below, nothing beside or
 * above; one authorization rule per type, applied on every path — root fields, contributed fields and
 * reference resolution). Every root query and mutation, every `_entities` path of every subgraph and every
 * contributed or protected field has a row here declaring, for each caller and each target, the outcome:
 *
 *   OK / a row-specific classification (LISTED, HIDDEN, NULL, SOME, NONE…) / an error code
 *   (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND; or a code that proves authorization passed and the command
 *   failed afterwards — BAD_USER_INPUT, CONCURRENT_MODIFICATION, DUPLICATE, PRECONDITION_FAILED).
 *
 * The tree: R (root, 自治区) → P (州/市) → A (县/区, the callers' own node) → C (乡镇, unpublished); S is A's
 * sibling under P (004 第五条). Targets, seen from A: own = A, child = C, parent = P, sibling = S.
 * Every caller is attached at A; CERT_ADMIN and SYSTEM_ADMIN are tree-wide.
 *
 * `e2e/authorization.test.ts` runs each row through the gateway and straight at the owning subgraph, and
 * fails on any Query/Mutation field, entity type or protected field that no row covers.
 */

import { TEST_YEAR, testDate } from './subgraph.js';

export const CALLERS = ['anonymous', 'CERT_ADMIN', 'AGENCY_ADMIN', 'OFFICER', 'LEGAL_REVIEWER', 'SUPERVISOR', 'SYSTEM_ADMIN'] as const;
export type Caller = (typeof CALLERS)[number];
export const TARGETS = ['own', 'child', 'parent', 'sibling'] as const;
export type Target = (typeof TARGETS)[number];
export type Subgraph = 'personnel' | 'cases' | 'supervision';

/** What the setup created for one node of the tree. */
export interface Node {
  key: 'R' | 'P' | 'A' | 'C' | 'S';
  agencyId: string;
  agencyName: string;
  level: string;
  parentId: string | null;
  officerId: string;
  officerName: string;
  certificateId: string;
  certificateNumber: string;
  /** A complaint about this agency and its officer. */
  complaintId: string;
  /** A complaint about A naming this node's officer (data from before officers were checked). */
  crossComplaintId: string;
  /** A current matter of this agency's list, and an entry of its 重大执法决定法制审核目录. */
  matterId: string;
  matterName: string;
  catalogueEntryId: string;
  /** A case of this agency, handled by its officer (the OFFICER caller is attached to A's). */
  caseId: string;
  /** A decided major case of this agency handled (as lead) by its officer, a pending 诉讼 against it, its publication (published) and its filing record. */
  decidedCaseId: string;
  challengeId: string;
  publicationId: string;
  filingId: string;
  /** A 批评教育 sanction on this node's officer (004 第三十三条), naming this node's complaint. */
  sanctionId: string;
  /** A 监督通知书 to this agency, received 40 days ago and unrectified, about its decided case; a 责令改正 监督决定书 on it. */
  noticeId: string;
  decisionId: string;
  /** A planned on-site supervision of this agency (yesterday), its pending 回避 application about this node's officer, and a draft referral about it. */
  inspectionId: string;
  recusalId: string;
  referralId: string;
  /** 案卷评查 (supervision): a batch scoped at this node sampling its case, the case's review file and one sheet, and a 监督意见书 to this agency. */
  reviewBatchId: string;
  fileReviewId: string;
  reviewSheetId: string;
  opinionId: string;
}

export interface Fixture {
  nodes: Record<Target | 'root', Node>;
  matterId: string;
  certAdminUserId: string;
}

export interface Op {
  query: string;
  variables?: Record<string, unknown>;
  /** Turns a successful answer into an outcome (default: OK). */
  classify?(data: any): string;
}

export interface Row {
  /** Schema coordinates this row covers: `Query.x`, `Mutation.x`, `Type.field`, `_entities:<subgraph>.<Type>`. */
  covers: string[];
  /** Without targets the row runs once per caller (its outcome does not depend on the tree). */
  targeted: boolean;
  op(f: Fixture, t: Target): Op;
  /** Where it runs: through the gateway, straight at a subgraph, or both. */
  gateway: boolean;
  subgraph: Subgraph | null;
  expect(c: Caller, t: Target): string;
}

const TREE_WIDE: readonly Caller[] = ['CERT_ADMIN', 'SYSTEM_ADMIN'];
const inScope = (c: Caller, t: Target) => TREE_WIDE.includes(c) || t === 'own' || t === 'child';
const published = (t: Target) => t !== 'child'; // C is the unpublished sub-unit

/** Staff in scope get `ok`; staff outside get `outside`; anonymous callers are asked to log in. */
const staff = (ok = 'OK', outside = 'NOT_FOUND') => (c: Caller, t: Target) => (c === 'anonymous' ? 'UNAUTHENTICATED' : inScope(c, t) ? ok : outside);
/** Agency data: anonymous callers see published agencies (`anon`), staff their subtree. */
const agencyRead = (ok = 'OK', anon = ok) => (c: Caller, t: Target) => (c === 'anonymous' ? (published(t) ? anon : 'NOT_FOUND') : inScope(c, t) ? ok : 'NOT_FOUND');
/** Only `roles` pass; then `then` decides. */
const roles = (allowed: Caller[], then: (c: Caller, t: Target) => string) => (c: Caller, t: Target) =>
  c === 'anonymous' ? 'UNAUTHENTICATED' : allowed.includes(c) ? then(c, t) : 'FORBIDDEN';
const always = (o: string) => () => o;
const KEEPERS: Caller[] = ['AGENCY_ADMIN', 'CERT_ADMIN', 'SYSTEM_ADMIN'];
/** Complaints: handled by supervisors and agency administrators of the subtree, and the tree-wide roles (supervision complaint.scope.ts). */
const COMPLAINT_READERS: Caller[] = ['SUPERVISOR', 'AGENCY_ADMIN', 'CERT_ADMIN', 'SYSTEM_ADMIN'];
const seesComplaintOf = (c: Caller, t: Target) => COMPLAINT_READERS.includes(c) && inScope(c, t);
/** Sanctions: the complaint readers of the officer's agency subtree, and the sanctioned officer himself — the OFFICER caller is A's officer (supervision sanction.access.ts). */
const seesSanctionOf = (c: Caller, t: Target) => seesComplaintOf(c, t) || (c === 'OFFICER' && t === 'own');

/**
 * 公示 and 备案 commands (cases publicity.access.ts): the case's current handler — the OFFICER attached at A handles
 * A's case — and agency administrators of the subtree (plus `extra`); the case's other readers FORBIDDEN; outside
 * the scope NOT_FOUND.
 */
const publicityWorker = (ok: string, extra: Caller[] = []) => (c: Caller, t: Target) =>
  c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : c === 'AGENCY_ADMIN' || extra.includes(c) || (c === 'OFFICER' && t === 'own') ? ok : 'FORBIDDEN';

const listed = (path: (d: any) => { id: string }[] | undefined, id: string) => (d: any) => ((path(d) ?? []).some((x) => x.id === id) ? 'LISTED' : 'HIDDEN');
const some = (xs: unknown[] | null | undefined) => ((xs ?? []).length ? 'SOME' : 'NONE');
const nullOr = (v: unknown) => (v == null ? 'NULL' : 'OK');
const entity = (typename: string, id: string, selection = 'id'): Op => ({
  query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selection} } } }`,
  variables: { r: [{ __typename: typename, id }] },
  classify: (d) => nullOr(d._entities[0]),
});

const AGENCY_INPUT = (n: Node) => ({ name: n.agencyName, level: n.level, parentId: n.parentId, region: '矩阵区', fields: ['矩阵领域'] });
const OFFICER_INPUT = (n: Node) => ({ name: n.officerName, agencyId: n.agencyId, region: '矩阵区', fields: ['矩阵领域'], duties: ['ENFORCEMENT'] });
const MATTER_INPUT = (n: Node) => ({ name: n.matterName, category: 'PUNISHMENT', legalBasis: '矩阵依据', agencyId: n.agencyId });
const CERT_COMMANDS: [string, string, Record<string, unknown>][] = [
  ['renewCertificate', '$reason: String!', { reason: '矩阵换发' }],
  ['reviewCertificate', '', {}],
  ['liftCertificateSuspension', '$reason: String!', { reason: '矩阵恢复' }],
  ['revokeCertificate', '$reason: String!, $basis: String!', { reason: '矩阵吊销', basis: '004 第三十三条' }],
  ['cancelCertificate', '$reason: String!', { reason: '矩阵注销' }],
  ['recoverCertificate', '', {}],
];

/** The steps of a case that its current handlers take: name, extra variable declarations, their values. */
const CASE_STEPS: [string, string, Record<string, unknown>][] = [
  ['advanceCase', '$to: CaseStage!', { to: 'INVESTIGATION' }],
  ['setProposedFine', '$fineYuan: Int!', { fineYuan: 1000 }],
  ['markCaseMajor', '$grounds: [MajorGround!]!, $basis: String!', { grounds: ['COMPLEX'], basis: '矩阵：涉及多个法律关系' }],
  ['requestHearing', '$note: String!', { note: '矩阵：当事人申请听证' }],
  ['submitForLegalReview', '', {}],
  ['decideCase', '$input: DecisionInput!', { input: { kinds: ['WARNING'], content: '矩阵决定：给予警告处罚。', decidedOn: '2026-01-03' } }],
  ['serveDecision', '$servedOn: String!', { servedOn: '2026-01-03' }],
  ['recordExecution', '$executedOn: String!', { executedOn: '2026-01-03' }],
  ['closeCase', '', {}],
];

/** The steps of a complaint that supervisors of the subtree take (004 第八条): name, extra variable declarations, their values. */
const COMPLAINT_STEPS: [string, string, Record<string, unknown>][] = [
  ['acceptComplaint', '', {}],
  ['rejectComplaint', '$reason: String!', { reason: '矩阵：不属于监督范围' }],
  ['assignComplaintHandler', '$officerId: ID!', { officerId: '00000000-0000-4000-8000-0000000000aa' }],
  ['startComplaintInvestigation', '', {}],
  ['concludeComplaint', '$input: ConcludeComplaintInput!', { input: { finding: 'UNSUBSTANTIATED', reply: '矩阵：经核实不属实', repliedVia: 'PHONE', repliedOn: testDate({}) } }],
  ['setComplaintCase', '$caseId: ID', { caseId: null }],
];

export const MATRIX: Record<string, Row> = {
  // ── personnel: agencies ────────────────────────────────────────────────────────────────────────
  'agencies: the list holds the target only where the caller may see it': {
    covers: ['Query.agencies'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { agencies(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].agencyId] }, classify: listed((d) => d.agencies.items, f.nodes[t].agencyId) }),
    expect: (c, t) => (c === 'anonymous' ? (published(t) ? 'LISTED' : 'HIDDEN') : inScope(c, t) ? 'LISTED' : 'HIDDEN'),
  },
  'agency: public fields for anonymous callers on published agencies, staff their subtree': {
    covers: ['Query.agency'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { id name level region fields supervisionPhone officerCount qualificationConfirmed publishedAt } }', variables: { id: f.nodes[t].agencyId } }),
    expect: agencyRead(),
  },
  'Agency.parent: hidden (null) above the caller\'s node': {
    covers: ['Agency.parent'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { parent { id } } }', variables: { id: f.nodes[t].agencyId }, classify: (d) => nullOr(d.agency.parent) }),
    expect: (c, t) => (c === 'anonymous' ? (published(t) ? 'OK' : 'NOT_FOUND') : !inScope(c, t) ? 'NOT_FOUND' : t === 'own' && !TREE_WIDE.includes(c) ? 'NULL' : 'OK'),
  },
  'Agency.children: only the sub-units the caller may see (anonymous: published ones)': {
    covers: ['Agency.children'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { children { items { id } } } }', variables: { id: f.nodes[t].agencyId }, classify: (d) => some(d.agency.children?.items) }),
    // A → [C (unpublished)], C → [], P → [A, S], S → []
    expect: (c, t) => (c === 'anonymous' ? ({ own: 'NONE', child: 'NOT_FOUND', parent: 'SOME', sibling: 'NONE' } as const)[t] : !inScope(c, t) ? 'NOT_FOUND' : t === 'own' || t === 'parent' ? 'SOME' : 'NONE'),
  },
  'Agency.qualificationConfirmedBy: a person\'s name, staff in scope only': {
    covers: ['Agency.qualificationConfirmedBy'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { qualificationConfirmedBy } }', variables: { id: f.nodes[t].agencyId }, classify: (d) => nullOr(d.agency.qualificationConfirmedBy) }),
    expect: agencyRead('OK', 'NULL'),
  },
  'Agency.changeLog: staff in scope only': {
    covers: ['Agency.changeLog'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { changeLog { items { id } } } }', variables: { id: f.nodes[t].agencyId } }),
    expect: agencyRead('OK', 'UNAUTHENTICATED'),
  },
  'Agency.policies: staff in scope only': {
    covers: ['Agency.policies'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { policies { key value } } }', variables: { id: f.nodes[t].agencyId } }),
    expect: agencyRead('OK', 'UNAUTHENTICATED'),
  },
  'Agency.figures: staff in scope only': {
    covers: ['Agency.figures'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { figures(year: 2026) { __typename } } }', variables: { id: f.nodes[t].agencyId } }),
    expect: agencyRead('OK', 'UNAUTHENTICATED'),
  },
  'Agency.officers: staff in scope only': {
    covers: ['Agency.officers'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { officers(limit: 5) { total items { id } } } }', variables: { id: f.nodes[t].agencyId } }),
    expect: agencyRead('OK', 'UNAUTHENTICATED'),
  },
  'Agency.matters (cases): public, on the agencies the caller may see': {
    covers: ['Agency.matters'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { matters { id } } }', variables: { id: f.nodes[t].agencyId } }),
    expect: agencyRead(),
  },
  'Agency.complaints (supervision): the complaints the caller may see, on the agencies he may see': {
    covers: ['Agency.complaints'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { complaints { items { id } } } }', variables: { id: f.nodes[t].agencyId }, classify: (d) => some(d.agency.complaints?.items) }),
    expect: (c, t) => (c === 'anonymous' ? (published(t) ? 'NONE' : 'NOT_FOUND') : !inScope(c, t) ? 'NOT_FOUND' : seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },

  // ── personnel: officers ────────────────────────────────────────────────────────────────────────
  'officers: the list holds the target\'s officer only in scope': {
    covers: ['Query.officers'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { officers(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].officerId] }, classify: listed((d) => d.officers.items, f.nodes[t].officerId) }),
    expect: staff('LISTED', 'HIDDEN'),
  },
  'officer and his records (agency, certificates, changes, trainings, exams, change log; ID number masked)': {
    covers: ['Query.officer', 'Officer.agency', 'Officer.certificates', 'Officer.certificate', 'Officer.employmentChanges', 'EmploymentChange.changeLog', 'Officer.trainings', 'Officer.trainingHours', 'Officer.exams', 'Officer.changeLog', 'Officer.idNumberMasked'],
    targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({
      query: 'query($id: ID!) { officer(id: $id) { id name idNumberMasked agency { id } certificates { id } certificate { id } employmentChanges { id changeLog { items { id } } } trainings(year: 2026) { id } trainingHours(year: 2026) exams { id } changeLog { items { id } } } }',
      variables: { id: f.nodes[t].officerId },
      classify: (d) => (/^\d{4}\*{10}\w{4}$/.test(d.officer.idNumberMasked) ? 'OK' : `UNMASKED ${d.officer.idNumberMasked}`),
    }),
    expect: staff(),
  },
  'Officer.idNumberViews: administrators in scope; other staff get it empty (null)': {
    covers: ['Officer.idNumberViews'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { officer(id: $id) { idNumberViews(limit: 5) { total items { reason viewerName } } } }', variables: { id: f.nodes[t].officerId }, classify: (d) => nullOr(d.officer.idNumberViews) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : KEEPERS.includes(c) ? 'OK' : 'NULL'),
  },
  'Officer.complaints (supervision): the complaints the caller may see, on the officers he may see': {
    covers: ['Officer.complaints'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { officer(id: $id) { complaints { items { id } } } }', variables: { id: f.nodes[t].officerId }, classify: (d) => some(d.officer.complaints?.items) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },
  'officersCsv: only the officers in scope, ID numbers masked': {
    covers: ['Query.officersCsv'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({
      query: 'query($a: ID!) { officersCsv(filter: { agencyId: $a }) }',
      variables: { a: f.nodes[t].agencyId },
      classify: (d) => (/\d{6}\d{8}\w{4}/.test(d.officersCsv) ? 'UNMASKED' : d.officersCsv.includes(f.nodes[t].officerName) ? 'LISTED' : 'HIDDEN'),
    }),
    expect: staff('LISTED', 'HIDDEN'),
  },
  'personalDataViews: what one user viewed — certificate and system administrators, or himself': {
    covers: ['Query.personalDataViews', 'PersonalDataAccess.officer'], targeted: false, gateway: true, subgraph: 'personnel',
    op: (f) => ({ query: 'query($v: ID!) { personalDataViews(viewerId: $v) { total items { reason officer { id } } } }', variables: { v: f.certAdminUserId }, classify: (d) => (d.personalDataViews.total > 0 ? 'OK' : 'EMPTY') }),
    expect: roles(['CERT_ADMIN', 'SYSTEM_ADMIN'], always('OK')),
  },

  // ── personnel: certificates ────────────────────────────────────────────────────────────────────
  'certificates: the list holds the target\'s certificate only in scope': {
    covers: ['Query.certificates'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { certificates(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].certificateId] }, classify: listed((d) => d.certificates.items, f.nodes[t].certificateId) }),
    expect: staff('LISTED', 'HIDDEN'),
  },
  'certificate and its records (holder, history, status at an instant, review, suspension)': {
    covers: ['Query.certificate', 'Certificate.holder', 'Certificate.history', 'Certificate.statusAt', 'Certificate.review', 'Certificate.activeSuspension'],
    targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({
      query: 'query($id: ID!) { certificate(id: $id) { id number status statusAt(at: "2026-06-01T00:00:00Z") holder { id } history { items { kind } } review { dueOn } activeSuspension { id } } }',
      variables: { id: f.nodes[t].certificateId },
    }),
    expect: staff(),
  },
  'suspensionPreview: certificate administrators, and supervisors for a certificate they may read (the period of a 暂扣 sanction, 004 第三十三条)': {
    covers: ['Query.suspensionPreview'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($id: ID!) { suspensionPreview(id: $id, startsOn: "2026-11-24") { endsOn } }', variables: { id: f.nodes[t].certificateId } }),
    expect: roles(['CERT_ADMIN', 'SUPERVISOR'], (c, t) => (inScope(c, t) ? 'OK' : 'NOT_FOUND')),
  },
  'publicCertificate: the public lookup by number, for everyone (DESIGN "Fixed points"; unchanged)': {
    covers: ['Query.publicCertificate'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($n: String!) { publicCertificate(number: $n) { number holderName agencyName status validUntil } }', variables: { n: f.nodes[t].certificateNumber }, classify: (d) => nullOr(d.publicCertificate) }),
    expect: always('OK'),
  },
  'publicCertificatesByHolder: the public lookup by name and agency, published agencies only': {
    covers: ['Query.publicCertificatesByHolder'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'query($n: String!, $a: String!) { publicCertificatesByHolder(name: $n, agencyName: $a) { number } }', variables: { n: f.nodes[t].officerName, a: f.nodes[t].agencyName }, classify: (d) => (d.publicCertificatesByHolder.length ? 'LISTED' : 'HIDDEN') }),
    expect: (_c, t) => (published(t) ? 'LISTED' : 'HIDDEN'),
  },
  'enforcementEntitlements: 持证上岗 check, public 亮证 data for everyone, any agency of the tree (004 第十一条; cases asks it at each step)': {
    covers: ['Query.enforcementEntitlements'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({
      query: 'query($a: ID!, $o: [ID!]!) { enforcementEntitlements(agencyId: $a, officerIds: $o) { officerId officerName entitled status certificateNumber reason } }',
      variables: { a: f.nodes[t].agencyId, o: [f.nodes[t].officerId] },
      classify: (d) => (d.enforcementEntitlements.length === 1 && d.enforcementEntitlements[0].officerId ? 'OK' : 'NONE'),
    }),
    expect: always('OK'),
  },

  'supervisorCredentials: 执法监督资格 check, public data a supervisor shows on site, for everyone (004 第二十条, 第二十二条; supervision asks it)': {
    covers: ['Query.supervisorCredentials'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({
      query: 'query($o: [ID!]!) { supervisorCredentials(officerIds: $o) { officerId officerName agencyId valid certificateNumber status reason } }',
      variables: { o: [f.nodes[t].officerId] },
      // the matrix's officers are enforcement officers: known, but not 执法监督人员
      classify: (d) => (d.supervisorCredentials.length === 1 && d.supervisorCredentials[0].reason === 'NOT_A_SUPERVISOR' ? 'OK' : 'NONE'),
    }),
    expect: always('OK'),
  },

  // ── personnel: untargeted queries ──────────────────────────────────────────────────────────────
  'defaultPolicies: public reference data': {
    covers: ['Query.defaultPolicies'], targeted: false, gateway: true, subgraph: 'personnel',
    op: () => ({ query: '{ defaultPolicies { key value source } }' }),
    expect: always('OK'),
  },
  'today: public': { covers: ['Query.today'], targeted: false, gateway: true, subgraph: 'personnel', op: () => ({ query: '{ today }' }), expect: always('OK') },
  'me: the signed-in user, null when anonymous': {
    covers: ['Query.me'], targeted: false, gateway: true, subgraph: 'personnel',
    op: () => ({ query: '{ me { username roles } }', classify: (d) => nullOr(d.me) }),
    expect: (c) => (c === 'anonymous' ? 'NULL' : 'OK'),
  },

  // ── personnel: mutations (inputs that fail AFTER authorization, so the outcome proves it passed) ──
  'login: wrong credentials for everyone': {
    covers: ['Mutation.login'], targeted: false, gateway: true, subgraph: 'personnel',
    op: () => ({ query: 'mutation { login(username: "矩阵无此人", password: "wrong") { token } }' }),
    expect: always('INVALID_CREDENTIALS'),
  },
  'createAgency: under an agency the caller keeps (a duplicate name proves it got that far)': {
    covers: ['Mutation.createAgency'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($i: AgencyInput!) { createAgency(input: $i) { id } }', variables: { i: { ...AGENCY_INPUT(f.nodes[t]), parentId: f.nodes[t].agencyId } } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'DUPLICATE' : 'FORBIDDEN')),
  },
  'updateAgency: an agency the caller keeps (a stale version proves it got that far)': {
    covers: ['Mutation.updateAgency'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($id: ID!, $i: AgencyInput!) { updateAgency(id: $id, version: 999, input: $i) { id } }', variables: { id: f.nodes[t].agencyId, i: AGENCY_INPUT(f.nodes[t]) } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'moveAgency: an agency the caller keeps, under a parent he keeps (a stale version proves it got that far)': {
    covers: ['Mutation.moveAgency'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($id: ID!, $p: ID) { moveAgency(id: $id, version: 999, parentId: $p) { id } }', variables: { id: f.nodes[t].agencyId, p: f.nodes.root.agencyId } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'republishAgencies: system administrators (the tree as one event for the projections)': {
    covers: ['Mutation.republishAgencies'], targeted: false, gateway: true, subgraph: 'personnel',
    op: () => ({ query: 'mutation { republishAgencies }' }),
    expect: roles(['SYSTEM_ADMIN'], always('OK')),
  },
  'eventFailures: system administrators': {
    covers: ['Query.eventFailures'], targeted: false, gateway: true, subgraph: 'personnel',
    op: () => ({ query: '{ eventFailures(limit: 5) { id } }' }),
    expect: roles(['SYSTEM_ADMIN'], always('OK')),
  },
  'retryEvent: system administrators (an unknown job proves it got that far)': {
    covers: ['Mutation.retryEvent'], targeted: false, gateway: true, subgraph: 'personnel',
    op: () => ({ query: 'mutation { retryEvent(id: "999999999") }' }),
    expect: roles(['SYSTEM_ADMIN'], always('NOT_FOUND')),
  },
  'confirmAgencyQualification: certificate administrators': {
    covers: ['Mutation.confirmAgencyQualification'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($id: ID!) { confirmAgencyQualification(id: $id, version: 999) { id } }', variables: { id: f.nodes[t].agencyId } }),
    expect: roles(['CERT_ADMIN'], always('CONCURRENT_MODIFICATION')),
  },
  'publishAgency: certificate administrators': {
    covers: ['Mutation.publishAgency'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($id: ID!) { publishAgency(id: $id, version: 999) { id } }', variables: { id: f.nodes[t].agencyId } }),
    expect: roles(['CERT_ADMIN'], always('CONCURRENT_MODIFICATION')),
  },
  'setPolicy: certificate and system administrators (removing an override that does not exist changes nothing)': {
    covers: ['Mutation.setPolicy'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($a: ID!) { setPolicy(agencyId: $a, key: CHANGE_REPORT_DAYS, value: null, source: null) { key } }', variables: { a: f.nodes[t].agencyId } }),
    expect: roles(['CERT_ADMIN', 'SYSTEM_ADMIN'], always('OK')),
  },
  'createOfficer: in an agency the caller keeps': {
    covers: ['Mutation.createOfficer'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($i: OfficerInput!) { createOfficer(input: $i) { id } }', variables: { i: { ...OFFICER_INPUT(f.nodes[t]), name: '矩阵新人' } } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'OK' : 'FORBIDDEN')),
  },
  'updateOfficer: an officer the caller keeps (a stale version proves it got that far)': {
    covers: ['Mutation.updateOfficer'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($id: ID!, $i: OfficerInput!) { updateOfficer(id: $id, version: 999, input: $i) { id } }', variables: { id: f.nodes[t].officerId, i: OFFICER_INPUT(f.nodes[t]) } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'recordEmploymentChange: an officer the caller keeps': {
    covers: ['Mutation.recordEmploymentChange', 'EmploymentChangeResult.officer'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: `mutation($id: ID!) { recordEmploymentChange(officerId: $id, version: 999, input: { toStatus: LEFT, effectiveOn: "${testDate({ days: -4 })}" }) { officer { id } } }`, variables: { id: f.nodes[t].officerId } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'recordTraining: agency and certificate administrators, officers in scope': {
    covers: ['Mutation.recordTraining'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: `mutation($id: ID!) { recordTraining(input: { officerId: $id, type: BUSINESS, title: "矩阵培训", trainedOn: "${testDate({ days: -23 })}", hours: 1 }) { id } }`, variables: { id: f.nodes[t].officerId } }),
    expect: roles(['AGENCY_ADMIN', 'CERT_ADMIN'], (c, t) => (inScope(c, t) ? 'OK' : 'NOT_FOUND')),
  },
  'recordExam: agency and certificate administrators, officers in scope': {
    covers: ['Mutation.recordExam'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: `mutation($id: ID!) { recordExam(input: { officerId: $id, examName: "矩阵考试", examOn: "${testDate({ days: -23 })}", passed: false }) { id } }`, variables: { id: f.nodes[t].officerId } }),
    expect: roles(['AGENCY_ADMIN', 'CERT_ADMIN'], (c, t) => (inScope(c, t) ? 'OK' : 'NOT_FOUND')),
  },
  'importOfficers (dry run): rows only for agencies the caller keeps': {
    covers: ['Mutation.importOfficers'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({
      query: 'mutation($csv: String!) { importOfficers(csv: $csv, dryRun: true) { imported problems { field } } }',
      variables: { csv: `姓名,身份证号,执法主体,岗位,执法区域,执法领域,岗位职责,法律职业资格\n矩阵导入,,${f.nodes[t].agencyName},,矩阵区,矩阵领域,行政执法,否\n` },
      classify: (d) => (d.importOfficers.problems.some((p: { field: string }) => p.field === 'agency') ? 'REFUSED_ROW' : d.importOfficers.problems.length ? 'OTHER_PROBLEM' : 'OK'),
    }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'OK' : 'REFUSED_ROW')),
  },
  'issueCertificate: certificate administrators (no passed exam proves it got that far)': {
    covers: ['Mutation.issueCertificate'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($id: ID!) { issueCertificate(input: { officerId: $id, number: "MX0000001" }) { id } }', variables: { id: f.nodes[t].officerId } }),
    expect: roles(['CERT_ADMIN'], always('PRECONDITION_FAILED')),
  },
  'suspendCertificate: certificate administrators': {
    covers: ['Mutation.suspendCertificate'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($id: ID!) { suspendCertificate(id: $id, version: 999, input: { ground: LENT, reason: "矩阵暂扣" }) { id } }', variables: { id: f.nodes[t].certificateId } }),
    expect: roles(['CERT_ADMIN'], always('CONCURRENT_MODIFICATION')),
  },
  ...Object.fromEntries(
    CERT_COMMANDS.map(([name, params, vars]): [string, Row] => [
      `${name}: certificate administrators`,
      {
        covers: [`Mutation.${name}`], targeted: true, gateway: true, subgraph: 'personnel',
        op: (f, t) => ({
          query: `mutation($id: ID!${params ? `, ${params}` : ''}) { ${name}(id: $id, version: 999${Object.keys(vars).map((k) => `, ${k}: $${k}`).join('')}) { id } }`,
          variables: { id: f.nodes[t].certificateId, ...vars },
        }),
        expect: roles(['CERT_ADMIN'], always('CONCURRENT_MODIFICATION')),
      },
    ]),
  ),
  'revealIdNumber: certificate and agency administrators, officers in scope, with a reason (a short one proves it got that far)': {
    covers: ['Mutation.revealIdNumber', 'IdNumberReveal.officer', 'IdNumberReveal.idNumber'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({ query: 'mutation($id: ID!) { revealIdNumber(officerId: $id, reason: "短") { idNumber officer { id } } }', variables: { id: f.nodes[t].officerId } }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : c === 'CERT_ADMIN' || c === 'AGENCY_ADMIN' ? 'BAD_USER_INPUT' : 'FORBIDDEN'),
  },

  // ── personnel: reference resolution (what other subgraphs hand over) ────────────────────────────
  '_entities Agency (personnel): the agency rule': {
    covers: ['_entities:personnel.Agency'], targeted: true, gateway: false, subgraph: 'personnel',
    op: (f, t) => entity('Agency', f.nodes[t].agencyId, 'id name'),
    expect: (c, t) => (c === 'anonymous' ? (published(t) ? 'OK' : 'NULL') : inScope(c, t) ? 'OK' : 'NULL'),
  },
  '_entities Officer (personnel): the officer rule — e.g. complaints { officer { … } }': {
    covers: ['_entities:personnel.Officer'], targeted: true, gateway: false, subgraph: 'personnel',
    op: (f, t) => entity('Officer', f.nodes[t].officerId, 'id name idNumberMasked'),
    expect: (c, t) => (c !== 'anonymous' && inScope(c, t) ? 'OK' : 'NULL'),
  },
  '_entities Certificate (personnel): the certificate rule': {
    covers: ['_entities:personnel.Certificate'], targeted: true, gateway: false, subgraph: 'personnel',
    op: (f, t) => entity('Certificate', f.nodes[t].certificateId, 'id number'),
    expect: (c, t) => (c !== 'anonymous' && inScope(c, t) ? 'OK' : 'NULL'),
  },

  // ── supervision ────────────────────────────────────────────────────────────────────────────────
  'complaints: complaint handlers of the subtree and the tree-wide roles': {
    covers: ['Query.complaints'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { complaints(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].complaintId] }, classify: listed((d) => d.complaints.items, f.nodes[t].complaintId) }),
    expect: roles(COMPLAINT_READERS, (c, t) => (inScope(c, t) ? 'LISTED' : 'HIDDEN')),
  },
  'complaint: its fields, the complainant in full for supervisors only': {
    covers: ['Query.complaint', 'Complaint.agency', 'Complaint.complainantName', 'Complaint.complainantPhone'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'query($id: ID!) { complaint(id: $id) { id content complainantName complainantPhone agency { id } } }',
      variables: { id: f.nodes[t].complaintId },
      classify: (d) => (d.complaint.complainantName === '张三' && d.complaint.complainantPhone === '13812345678' ? 'FULL' : d.complaint.complainantName === '张*' ? 'MASKED' : 'UNEXPECTED'),
    }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !seesComplaintOf(c, t) ? 'NOT_FOUND' : c === 'SUPERVISOR' ? 'FULL' : 'MASKED'),
  },
  'Complaint.officer: personnel\'s officer rule through the reference — null outside the caller\'s subtree': {
    covers: ['Complaint.officer'], targeted: true, gateway: true, subgraph: null,
    // own/child: a complaint about that node's officer; parent/sibling: a complaint about A naming their officer
    op: (f, t) => ({ query: 'query($id: ID!) { complaint(id: $id) { officer { id name } } }', variables: { id: inScopeTarget(t) ? f.nodes[t].complaintId : f.nodes[t].crossComplaintId }, classify: (d) => nullOr(d.complaint.officer) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !COMPLAINT_READERS.includes(c) ? 'NOT_FOUND' : inScope(c, t) ? 'OK' : 'NULL'),
  },
  'createComplaint: supervisors, about an agency of their subtree and one of its officers (a mismatched officer proves it got that far)': {
    covers: ['Mutation.createComplaint'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { id } }',
      // own: A's agency with C's officer; child: C's agency with A's officer — both real, in scope, but not of that agency
      variables: { i: { channel: 'PHONE', anonymous: true, content: '矩阵投诉', agencyId: f.nodes[t].agencyId, officerId: (t === 'own' ? f.nodes.child : f.nodes.own).officerId } },
    }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'BAD_USER_INPUT' : 'FORBIDDEN')),
  },
  '_entities Complaint (supervision): the complaint rule': {
    covers: ['_entities:supervision.Complaint'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => entity('Complaint', f.nodes[t].complaintId, 'id content'),
    expect: (c, t) => (seesComplaintOf(c, t) ? 'OK' : 'NULL'),
  },
  '_entities Agency (supervision): Agency.complaints under the complaint rule': {
    covers: ['_entities:supervision.Agency'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => ({ ...entity('Agency', f.nodes[t].agencyId, 'complaints { items { id agency { id } } }'), classify: (d) => some(d._entities[0]?.complaints?.items) }),
    expect: (c, t) => (seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },
  '_entities Officer (supervision): Officer.complaints under the complaint rule (a complaint about A naming another node\'s officer is A\'s)': {
    covers: ['_entities:supervision.Officer'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => ({ ...entity('Officer', f.nodes[t].officerId, 'complaints { items { id } }'), classify: (d) => some(d._entities[0]?.complaints?.items) }),
    expect: (c) => (COMPLAINT_READERS.includes(c) ? 'SOME' : 'NONE'),
  },
  'Complaint: the complainant\'s address and e-mail, and whether he complained before — in full to the supervisors of the subtree only': {
    covers: ['Complaint.complainantAddress', 'Complaint.complainantEmail', 'Complaint.sameComplainantCount', 'Complaint.repeat'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'query($id: ID!) { complaint(id: $id) { complainantAddress complainantEmail repeat sameComplainantCount } }',
      variables: { id: f.nodes[t].complaintId },
      classify: ({ complaint: c }) =>
        c.complainantAddress === '矩阵市矩阵路1号' && c.complainantEmail === 'zhangsan@example.com' && c.repeat === true && c.sameComplainantCount > 0 ? 'FULL'
          : c.complainantAddress === '矩阵市矩阵路****' && c.complainantEmail === 'z*******@example.com' && c.repeat === null && c.sameComplainantCount === null ? 'MASKED' : 'UNEXPECTED',
    }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !seesComplaintOf(c, t) ? 'NOT_FOUND' : c === 'SUPERVISOR' ? 'FULL' : 'MASKED'),
  },
  'Complaint.steps, changeLog, case, handler: with the complaint (the case under cases\' rule, the handler under personnel\'s)': {
    covers: ['Complaint.steps', 'Complaint.changeLog', 'Complaint.case', 'Complaint.handler'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($id: ID!) { complaint(id: $id) { steps { kind } changeLog { total } case { id } handler { id } } }', variables: { id: f.nodes[t].complaintId }, classify: (d) => nullOr(d.complaint.case) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !seesComplaintOf(c, t) ? 'NOT_FOUND' : 'OK'),
  },
  ...Object.fromEntries(COMPLAINT_STEPS.map(([name, args, vars]) => [
    `${name}: a supervisor of the complained-of agency's subtree (a stale version proves it got that far)`,
    {
      covers: [`Mutation.${name}`], targeted: true, gateway: true, subgraph: 'supervision',
      op: (f: Fixture, t: Target) => ({ query: `mutation($id: ID!${args ? `, ${args}` : ''}) { ${name}(id: $id, version: 999${Object.keys(vars).map((k) => `, ${k}: $${k}`).join('')}) { id } }`, variables: { id: f.nodes[t].complaintId, ...vars } }),
      expect: roles(['SUPERVISOR'], (c: Caller, t: Target) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
    } satisfies Row,
  ])),
  'EnforcementCase.complaints (supervision): the complaints the caller may see, on the cases he may read': {
    covers: ['EnforcementCase.complaints'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { case(id: $id) { complaints { items { id } } } }', variables: { id: f.nodes[t].caseId }, classify: (d) => some(d.case.complaints?.items) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },
  '_entities EnforcementCase (supervision): EnforcementCase.complaints under the complaint rule': {
    covers: ['_entities:supervision.EnforcementCase'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => ({ ...entity('EnforcementCase', f.nodes[t].caseId, 'complaints { items { id } }'), classify: (d) => some(d._entities[0]?.complaints?.items) }),
    expect: (c, t) => (seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },

  // ── supervision: sanctions on officers (004 第三十三条) ─────────────────────────────────────────────
  'sanctions: supervision\'s readers of the officer\'s agency subtree, and the sanctioned officer himself': {
    covers: ['Query.sanctions'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { sanctions(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].sanctionId] }, classify: listed((d) => d.sanctions.items, f.nodes[t].sanctionId) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : seesSanctionOf(c, t) ? 'LISTED' : 'HIDDEN'),
  },
  'sanction: one 处理建议书 with its officer (personnel\'s rule through the reference), agency, related complaints, effect and change log': {
    covers: ['Query.sanction', 'Sanction.officer', 'Sanction.agency', 'Sanction.relatedComplaints', 'Sanction.effect', 'Sanction.changeLog'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({
      query: 'query($id: ID!) { sanction(id: $id) { id officer { id name } agency { id } relatedComplaints { id } effect { state } changeLog { items { id } } } }',
      variables: { id: f.nodes[t].sanctionId },
      classify: (d) => (d.sanction.officer ? 'OK' : 'NO_OFFICER'),
    }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : seesSanctionOf(c, t) ? 'OK' : 'NOT_FOUND'),
  },
  'sanction straight at supervision: the same rule': {
    covers: ['Query.sanction'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($id: ID!) { sanction(id: $id) { id relatedComplaints { id } changeLog { items { id } } } }', variables: { id: f.nodes[t].sanctionId } }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : seesSanctionOf(c, t) ? 'OK' : 'NOT_FOUND'),
  },
  'issueSanction: supervisors, for an officer of their subtree (personnel does not find one elsewhere)': {
    covers: ['Mutation.issueSanction'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($i: IssueSanctionInput!) { issueSanction(input: $i) { id } }', variables: { i: { officerId: f.nodes[t].officerId, ground: 'UNLAWFUL_PROCEDURE', kind: 'CRITICISM', facts: '矩阵处理' } } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'OK' : 'NOT_FOUND')),
  },
  'recordSanctionUnitDecision: agency administrators of the officer\'s agency subtree (a stale version proves it got that far)': {
    covers: ['Mutation.recordSanctionUnitDecision'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'mutation($id: ID!, $i: SanctionUnitDecisionInput!) { recordSanctionUnitDecision(id: $id, version: 999, input: $i) { id } }',
      variables: { id: f.nodes[t].sanctionId, i: { decidedOn: testDate({}), decision: '矩阵处理决定' } },
    }),
    expect: roles(['AGENCY_ADMIN'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'Officer.sanctions (supervision): the sanctions the caller may read, on the officers he may see': {
    covers: ['Officer.sanctions'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { officer(id: $id) { sanctions { total items { id } } } }', variables: { id: f.nodes[t].officerId }, classify: (d) => some(d.officer.sanctions?.items) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : seesSanctionOf(c, t) ? 'SOME' : 'NONE'),
  },
  '_entities Sanction (supervision): the sanction rule': {
    covers: ['_entities:supervision.Sanction'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => entity('Sanction', f.nodes[t].sanctionId, 'id number'),
    expect: (c, t) => (seesSanctionOf(c, t) ? 'OK' : 'NULL'),
  },
  '_entities Officer (supervision): Officer.sanctions under the sanction rule': {
    covers: ['_entities:supervision.Officer'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => ({ ...entity('Officer', f.nodes[t].officerId, 'sanctions { items { id } }'), classify: (d) => some(d._entities[0]?.sanctions?.items) }),
    expect: (c, t) => (seesSanctionOf(c, t) ? 'SOME' : 'NONE'),
  },

  // ── personnel: the statutory calendar (DESIGN "Statutory time"), reference data ───────────────────
  'calendarYears: any signed-in staff': {
    covers: ['Query.calendarYears'], targeted: false, gateway: true, subgraph: 'personnel',
    op: () => ({ query: '{ calendarYears { coveredFrom coveredTo years { year source } } }' }),
    expect: (c) => (c === 'anonymous' ? 'UNAUTHENTICATED' : 'OK'),
  },
  'calendarYear: any signed-in staff': {
    covers: ['Query.calendarYear'], targeted: false, gateway: true, subgraph: 'personnel',
    op: () => ({ query: 'query($y: Int!) { calendarYear(year: $y) { year source } }', variables: { y: 2026 } }),
    expect: (c) => (c === 'anonymous' ? 'UNAUTHENTICATED' : 'OK'),
  },
  'setCalendarYear: system administrators only (an arrangement without its notice proves it got that far)': {
    covers: ['Mutation.setCalendarYear'], targeted: false, gateway: true, subgraph: 'personnel',
    op: () => ({
      query: 'mutation($y: Int!, $i: CalendarYearInput!) { setCalendarYear(year: $y, input: $i, version: null) { calendarYear { year } } }',
      variables: { y: 2027, i: { notice: '', holidays: [], makeUpDays: [] } },
    }),
    expect: roles(['SYSTEM_ADMIN'], always('BAD_USER_INPUT')),
  },

  // ── cases: the published matters are public; their keepers and the catalogue are scoped ────────────────────────────────────────────────────
  'matters: public list': { covers: ['Query.matters'], targeted: false, gateway: true, subgraph: 'cases', op: () => ({ query: '{ matters { total items { id name } } }' }), expect: always('OK') },
  'matter: public': {
    covers: ['Query.matter'], targeted: false, gateway: true, subgraph: 'cases',
    op: (f) => ({ query: 'query($id: ID!) { matter(id: $id) { id name legalBasis } }', variables: { id: f.matterId } }),
    expect: always('OK'),
  },
  'EnforcementMatter.changeLog: staff of the matter\'s agency subtree; null for other staff': {
    covers: ['EnforcementMatter.changeLog'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($id: ID!) { matter(id: $id) { changeLog { items { id } } } }', variables: { id: f.nodes[t].matterId }, classify: (d) => nullOr(d.matter.changeLog) }),
    expect: staff('OK', 'NULL'),
  },
  'createMatter: the keepers of the agency\'s list (a duplicate name proves it got that far)': {
    covers: ['Mutation.createMatter'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($i: CreateMatterInput!) { createMatter(input: $i) { id } }', variables: { i: MATTER_INPUT(f.nodes[t]) } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'DUPLICATE' : 'FORBIDDEN')),
  },
  'updateMatter: a matter the caller keeps (a stale version proves it got that far)': {
    covers: ['Mutation.updateMatter'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => {
      const { agencyId: _, ...input } = MATTER_INPUT(f.nodes[t]);
      return { query: 'mutation($id: ID!, $i: MatterInput!) { updateMatter(id: $id, version: 999, input: $i) { id } }', variables: { id: f.nodes[t].matterId, i: input } };
    },
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'retireMatter: a matter the caller keeps (a stale version proves it got that far)': {
    covers: ['Mutation.retireMatter'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($id: ID!) { retireMatter(id: $id, version: 999, reason: "矩阵停用") { id } }', variables: { id: f.nodes[t].matterId } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'majorReviewCatalogue: staff of the agency\'s subtree': {
    covers: ['Query.majorReviewCatalogue'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($a: ID!) { majorReviewCatalogue(agencyId: $a) { id } }', variables: { a: f.nodes[t].agencyId }, classify: (d) => some(d.majorReviewCatalogue) }),
    expect: staff('SOME'),
  },
  'addMajorReviewEntry: the keepers of the agency\'s list (an entry without its wording proves it got that far)': {
    covers: ['Mutation.addMajorReviewEntry'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($a: ID!) { addMajorReviewEntry(input: { agencyId: $a, kind: FINE_AMOUNT, minimumYuan: 10000, sourceText: "" }) { id } }', variables: { a: f.nodes[t].agencyId } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'BAD_USER_INPUT' : 'FORBIDDEN')),
  },
  'removeMajorReviewEntry: an entry the caller keeps (a stale version proves it got that far)': {
    covers: ['Mutation.removeMajorReviewEntry'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($id: ID!) { removeMajorReviewEntry(id: $id, version: 999) }', variables: { id: f.nodes[t].catalogueEntryId } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  // ── cases: 全过程记录 (004 第十五条) ─────────────────────────────────────────────────────────────────────────────────
  'verifyRecord: whoever may read the case (staff of its agency\'s subtree)': {
    covers: ['Query.verifyRecord'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($c: ID!) { verifyRecord(caseId: $c) { ok entries } }', variables: { c: f.nodes[t].caseId } }),
    expect: staff(),
  },
  'EnforcementCase.record: on the cases the caller may read': {
    covers: ['EnforcementCase.record'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($c: ID!) { case(id: $c) { record { total items { id fileUrl } } } }', variables: { c: f.nodes[t].caseId } }),
    expect: staff(),
  },
  'addRecordEntry: a current handler of the case (a file not uploaded proves it got that far); other officers FORBIDDEN': {
    covers: ['Mutation.addRecordEntry'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({
      query: 'mutation($c: ID!, $i: RecordEntryInput!) { addRecordEntry(caseId: $c, input: $i) { id } }',
      variables: { c: f.nodes[t].caseId, i: { kind: 'PHOTO', description: '矩阵照片', fileSha256: 'e'.repeat(64), fileName: 'mx.jpg', mediaType: 'image/jpeg' } },
    }),
    // the matrix OFFICER is A's officer: the handler of own's case only; C's case is worked by C's officer
    expect: roles(['OFFICER'], (_c, t) => (t === 'own' ? 'BAD_USER_INPUT' : t === 'child' ? 'FORBIDDEN' : 'NOT_FOUND')),
  },
  // ── cases: 公示 and 备案 (002 （二）3; 004 第十四条, 第十九条) ─────────────────────────────────────────────────
  'publications: staff who read the case\'s agency': {
    covers: ['Query.publications'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { publications(filter: { ids: $ids }) { items { id dueState late } } }', variables: { ids: [f.nodes[t].publicationId] }, classify: listed((d) => d.publications.items, f.nodes[t].publicationId) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : inScope(c, t) ? 'LISTED' : 'HIDDEN'),
  },
  'filings: staff who read the case\'s agency': {
    covers: ['Query.filings'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { filings(filter: { ids: $ids }) { items { id dueState late } } }', variables: { ids: [f.nodes[t].filingId] }, classify: listed((d) => d.filings.items, f.nodes[t].filingId) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : inScope(c, t) ? 'LISTED' : 'HIDDEN'),
  },
  'EnforcementCase.publication, .filing: the case\'s readers': {
    covers: ['EnforcementCase.publication', 'EnforcementCase.filing'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($id: ID!) { case(id: $id) { publication { id } filing { id } } }', variables: { id: f.nodes[t].decidedCaseId } }),
    expect: staff(),
  },
  'previewPublication: the case\'s handler and agency administrators of its subtree; other readers FORBIDDEN': {
    covers: ['Query.previewPublication'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($c: ID!) { previewPublication(caseId: $c) { text } }', variables: { c: f.nodes[t].decidedCaseId } }),
    expect: publicityWorker('OK'),
  },
  'publishDecision: the case\'s handler and agency administrators of its subtree (a stale version proves it got that far)': {
    covers: ['Mutation.publishDecision'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($c: ID!) { publishDecision(caseId: $c, version: 999) { id } }', variables: { c: f.nodes[t].decidedCaseId } }),
    expect: publicityWorker('CONCURRENT_MODIFICATION'),
  },
  'withdrawPublication: agency administrators and supervisors of the subtree, not the handlers (a stale version proves it got that far)': {
    covers: ['Mutation.withdrawPublication'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($c: ID!) { withdrawPublication(caseId: $c, version: 999, reason: "矩阵撤下：决定被依法撤销", basis: "矩阵监督决定书") { id } }', variables: { c: f.nodes[t].decidedCaseId } }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : c === 'AGENCY_ADMIN' || c === 'SUPERVISOR' ? 'CONCURRENT_MODIFICATION' : 'FORBIDDEN'),
  },
  'recordFiling: the case\'s handler and agency administrators of its subtree (a stale version proves it got that far)': {
    covers: ['Mutation.recordFiling'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($c: ID!, $d: String!) { recordFiling(caseId: $c, version: 999, filedOn: $d) { id } }', variables: { c: f.nodes[t].decidedCaseId, d: testDate({}) } }),
    expect: publicityWorker('CONCURRENT_MODIFICATION'),
  },
  'filingPolicy: staff who read the agency\'s cases': {
    covers: ['Query.filingPolicy'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($a: ID!) { filingPolicy(agencyId: $a) { value unit sourceText } }', variables: { a: f.nodes[t].agencyId } }),
    expect: staff(),
  },
  'setFilingPolicy: agency administrators of the subtree, certificate and system administrators (a stale version proves it got that far)': {
    covers: ['Mutation.setFilingPolicy'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($a: ID!) { setFilingPolicy(agencyId: $a, version: 999, input: { value: 7, unit: WORKING_DAYS, sourceText: "000 二（九）矩阵" }) { value } }', variables: { a: f.nodes[t].agencyId } }),
    expect: roles(KEEPERS, (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'FORBIDDEN')),
  },
  'publishedDecisions: public': {
    covers: ['Query.publishedDecisions'], targeted: false, gateway: true, subgraph: 'cases',
    op: () => ({ query: '{ publishedDecisions { total items { id text } } }' }),
    expect: always('OK'),
  },
  'publishedDecision: public, for every agency\'s published decision': {
    covers: ['Query.publishedDecision'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($id: ID!) { publishedDecision(id: $id) { id text } }', variables: { id: f.nodes[t].publicationId }, classify: (d) => nullOr(d.publishedDecision) }),
    expect: always('OK'),
  },
  '_entities EnforcementMatter (cases): public': {
    covers: ['_entities:cases.EnforcementMatter'], targeted: false, gateway: false, subgraph: 'cases',
    op: (f) => entity('EnforcementMatter', f.matterId, 'id name'),
    expect: always('OK'),
  },
  '_entities Agency (cases): Agency.matters is public': {
    covers: ['_entities:cases.Agency'], targeted: true, gateway: false, subgraph: 'cases',
    op: (f, t) => entity('Agency', f.nodes[t].agencyId, 'matters { id }'),
    expect: always('OK'),
  },

  // ── cases: staff of the case's agency subtree read; its current handlers act; legal reviewers review ─────────────────
  'cases: staff list their subtree\'s cases': {
    covers: ['Query.cases'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: '{ cases(limit: 100) { items { id } } }', classify: listed((d) => d.cases.items, f.nodes[t].caseId) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : inScope(c, t) ? 'LISTED' : 'HIDDEN'),
  },
  'case, its matter, agency, handlers, transitions, reviews and change log: staff of the subtree': {
    covers: ['Query.case', 'EnforcementCase.matter', 'EnforcementCase.agency', 'EnforcementCase.parties', 'EnforcementCase.handlers', 'EnforcementCase.transitions', 'EnforcementCase.legalReviews', 'EnforcementCase.changeLog', 'EnforcementCase.availableActions'],
    targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($id: ID!) { case(id: $id) { id matter { id } agency { id } parties { name } handlers { id } transitions { id } legalReviews { id } changeLog { items { id } } availableActions } }', variables: { id: f.nodes[t].caseId } }),
    expect: staff(),
  },
  'CaseParty.idNumber: in full for the case\'s current handlers, masked for other readers': {
    covers: ['CaseParty.idNumber'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($id: ID!) { case(id: $id) { parties { idNumber address phone } } }', variables: { id: f.nodes[t].caseId }, classify: (d) => (d.case.parties[0].idNumber.includes('*') ? 'MASKED' : 'FULL') }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : c === 'OFFICER' && t === 'own' ? 'FULL' : 'MASKED'),
  },
  'legalReviewQueue: legal reviewers, agency administrators, supervisors and the tree-wide roles': {
    covers: ['Query.legalReviewQueue'], targeted: false, gateway: true, subgraph: 'cases',
    op: () => ({ query: '{ legalReviewQueue { total } }' }),
    expect: roles(['LEGAL_REVIEWER', 'AGENCY_ADMIN', 'SUPERVISOR', 'SYSTEM_ADMIN', 'CERT_ADMIN'], always('OK')),
  },
  'registerCase: a handler or the agency administrator of the subtree (a single handler proves it got that far)': {
    covers: ['Mutation.registerCase'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({
      query: 'mutation($i: RegisterCaseInput!) { registerCase(input: $i) { id } }',
      variables: { i: { matterId: f.nodes[t].matterId, cause: '矩阵立案', parties: [{ kind: 'PERSON', name: '矩阵当事人' }], handlerIds: [f.nodes[t].officerId], leadOfficerId: f.nodes[t].officerId } },
    }),
    expect: roles(['OFFICER', 'AGENCY_ADMIN'], (c, t) => (inScope(c, t) ? 'BAD_USER_INPUT' : 'NOT_FOUND')),
  },
  ...Object.fromEntries(CASE_STEPS.map(([name, args, vars]) => [
    `${name}: a current handler of a case in the subtree (a stale version proves it got that far)`,
    {
      covers: [`Mutation.${name}`], targeted: true, gateway: true, subgraph: 'cases',
      op: (f: Fixture, t: Target) => ({ query: `mutation($id: ID!${args ? `, ${args}` : ''}) { ${name}(id: $id, version: 999${Object.keys(vars).map((k) => `, ${k}: $${k}`).join('')}) { id } }`, variables: { id: f.nodes[t].caseId, ...vars } }),
      expect: roles(['OFFICER'], (c: Caller, t: Target) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
    } satisfies Row,
  ])),
  'reviewCase: a legal reviewer of the subtree (a stale version proves it got that far)': {
    covers: ['Mutation.reviewCase'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($id: ID!) { reviewCase(id: $id, version: 999, outcome: PASSED) { id } }', variables: { id: f.nodes[t].caseId } }),
    expect: roles(['LEGAL_REVIEWER'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'changeCaseHandlers: the lead or the agency administrator of the subtree (a stale version proves it got that far)': {
    covers: ['Mutation.changeCaseHandlers'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'mutation($id: ID!, $i: HandlersInput!) { changeCaseHandlers(id: $id, version: 999, input: $i) { id } }', variables: { id: f.nodes[t].caseId, i: { handlerIds: [f.nodes[t].officerId, f.nodes.root.officerId], leadOfficerId: f.nodes[t].officerId } } }),
    expect: roles(['OFFICER', 'AGENCY_ADMIN'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  '_entities EnforcementCase (cases): readable as the caller may read the case, else null': {
    covers: ['_entities:cases.EnforcementCase'], targeted: true, gateway: false, subgraph: 'cases',
    op: (f, t) => entity('EnforcementCase', f.nodes[t].caseId, 'id number'),
    expect: (c, t) => (c !== 'anonymous' && inScope(c, t) ? 'OK' : 'NULL'),
  },

  // ── cases: 复议/诉讼 (003 第16条, 004 第二十五条), the 年报, and the fields cases contributes to Agency and Officer ──────────────
  'caseStatistics: those who may read the agency\'s cases (staff of its subtree, the tree-wide administrators)': {
    covers: ['Query.caseStatistics'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($a: ID!, $y: Int!) { caseStatistics(agencyId: $a, year: $y) { registered byOutcome { count } } }', variables: { a: f.nodes[t].agencyId, y: TEST_YEAR } }),
    expect: staff(),
  },
  'Agency.statistics (cases): null for callers who may not read the agency\'s cases, on the agencies they may see': {
    covers: ['Agency.statistics'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!, $y: Int!) { agency(id: $id) { statistics(year: $y) { registered } } }', variables: { id: f.nodes[t].agencyId, y: TEST_YEAR }, classify: (d) => nullOr(d.agency.statistics) }),
    expect: agencyRead('OK', 'NULL'),
  },
  'Agency.cases (cases): the agency\'s readable cases, on the agencies the caller may see': {
    covers: ['Agency.cases'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { cases { items { id } } } }', variables: { id: f.nodes[t].agencyId }, classify: (d) => some(d.agency.cases.items) }),
    expect: agencyRead('SOME', 'NONE'),
  },
  'Officer.cases, Officer.caseCount (cases): the officer\'s readable cases, on the officers the caller may see': {
    covers: ['Officer.cases', 'Officer.caseCount'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({
      query: 'query($id: ID!) { officer(id: $id) { caseCount cases { total items { id } } } }', variables: { id: f.nodes[t].officerId },
      classify: (d) => (d.officer.caseCount === d.officer.cases.total ? some(d.officer.cases.items) : 'MISMATCH'),
    }),
    expect: staff('SOME'),
  },
  'Agency.matterList (cases): public, paged, on the agencies the caller may see': {
    covers: ['Agency.matterList'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { matterList(limit: 5) { total items { id } } } }', variables: { id: f.nodes[t].agencyId }, classify: (d) => some(d.agency.matterList.items) }),
    expect: agencyRead('SOME'),
  },
  '_entities Officer (cases): Officer.cases under the case rule': {
    covers: ['_entities:cases.Officer'], targeted: true, gateway: false, subgraph: 'cases',
    op: (f, t) => ({ ...entity('Officer', f.nodes[t].officerId, 'caseCount cases { items { id } }'), classify: (d) => some(d._entities[0]?.cases?.items) }),
    expect: (c, t) => (c !== 'anonymous' && inScope(c, t) ? 'SOME' : 'NONE'),
  },
  'EnforcementCase.challenges, underChallenge: with the case, for those who may read it': {
    covers: ['EnforcementCase.challenges', 'EnforcementCase.underChallenge'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($id: ID!) { case(id: $id) { underChallenge challenges { id pending corrected } } }', variables: { id: f.nodes[t].decidedCaseId }, classify: (d) => (d.case.underChallenge ? some(d.case.challenges) : 'NONE') }),
    expect: staff('SOME'),
  },
  'pendingChallenges (004 第二十五条): for those who may read the cases asked about; NOT_FOUND otherwise': {
    covers: ['Query.pendingChallenges'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($ids: [ID!]!) { pendingChallenges(caseIds: $ids) { caseId pending kinds } }', variables: { ids: [f.nodes[t].decidedCaseId] }, classify: (d) => (d.pendingChallenges[0].pending ? 'OK' : 'NOT_PENDING') }),
    expect: staff(),
  },
  'recordChallenge: the case\'s current handlers and the agency administrators of its subtree (a filing date in the future proves it got that far)': {
    covers: ['Mutation.recordChallenge'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({
      query: 'mutation($c: ID!, $i: ChallengeInput!) { recordChallenge(caseId: $c, input: $i) { id } }',
      variables: { c: f.nodes[t].decidedCaseId, i: { kind: 'RECONSIDERATION', body: '矩阵复议机关', filedOn: testDate({ days: 30 }) } },
    }),
    expect: roles(['OFFICER', 'AGENCY_ADMIN'], (c, t) => (!inScope(c, t) ? 'NOT_FOUND' : c === 'AGENCY_ADMIN' || t === 'own' ? 'BAD_USER_INPUT' : 'FORBIDDEN')),
  },
  'recordChallengeOutcome: the same people (a stale version proves it got that far)': {
    covers: ['Mutation.recordChallengeOutcome'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({
      query: 'mutation($id: ID!, $i: ChallengeOutcomeInput!) { recordChallengeOutcome(id: $id, version: 999, input: $i) { id } }',
      variables: { id: f.nodes[t].challengeId, i: { outcome: 'UPHELD', outcomeOn: testDate({}) } },
    }),
    expect: roles(['OFFICER', 'AGENCY_ADMIN'], (c, t) => (!inScope(c, t) ? 'NOT_FOUND' : c === 'AGENCY_ADMIN' || t === 'own' ? 'CONCURRENT_MODIFICATION' : 'FORBIDDEN')),
  },

  // ── supervision: 监督通知书 and 监督决定书 (004 第二十三条 – 第二十五条), and what supervision contributes ─────────────
  'notices: supervisors and agency administrators of the subtree, and the tree-wide roles': {
    covers: ['Query.notices'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { notices(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].noticeId] }, classify: listed((d) => d.notices.items, f.nodes[t].noticeId) }),
    expect: roles(COMPLAINT_READERS, (c, t) => (inScope(c, t) ? 'LISTED' : 'HIDDEN')),
  },
  'notice: its fields, for those who read supervision records of its agency': {
    covers: ['Query.notice', 'SupervisionNotice.agency', 'SupervisionNotice.cases', 'SupervisionNotice.complaints', 'SupervisionNotice.rectificationDeadline', 'SupervisionNotice.objectionDeadline',
      'SupervisionNotice.answerDeadline', 'SupervisionNotice.deadlines', 'SupervisionNotice.decisions', 'SupervisionNotice.changeLog'],
    targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: `query($id: ID!) { notice(id: $id) { id agency { id } cases { id } complaints { id } rectificationDeadline { dueOn } objectionDeadline { dueOn } answerDeadline { dueOn }
        deadlines { label } decisions { id } changeLog { total } availableActions } }`,
      variables: { id: f.nodes[t].noticeId },
    }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : seesComplaintOf(c, t) ? 'OK' : 'NOT_FOUND'),
  },
  'createNotice: supervisors of the supervised agency\'s subtree (a case the caller cannot read proves it got that far)': {
    covers: ['Mutation.createNotice'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'mutation($i: CreateNoticeInput!) { createNotice(input: $i) { id } }',
      variables: { i: { agencyId: f.nodes[t].agencyId, grounds: ['OTHER_VIOLATION'], facts: '矩阵事实：未按规定执法', requirement: '矩阵要求：限期整改', caseIds: [f.nodes.root.caseId] } },
    }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'NOT_FOUND' : 'FORBIDDEN')),
  },
  ...Object.fromEntries(([
    ['recordNoticeReceipt', '$d: String!', { d: testDate({}) }, 'receivedOn: $d', ['SUPERVISOR', 'AGENCY_ADMIN']],
    ['objectToNotice', '', {}, 'reason: "矩阵复查理由"', ['AGENCY_ADMIN']],
    ['reportRectification', '', {}, 'report: "矩阵整改情况"', ['AGENCY_ADMIN']],
    ['answerNoticeObjection', '', {}, 'outcome: MAINTAINED, answer: "矩阵复查答复"', ['SUPERVISOR']],
    ['verifyRectification', '', {}, 'accepted: false, opinion: "矩阵核验意见"', ['SUPERVISOR']],
  ] as [string, string, Record<string, unknown>, string, Caller[]][]).map(([name, decl, vars, args, who]) => [
    `${name}: ${who.join(' or ')} of the supervised agency's subtree (a stale version proves it got that far)`,
    {
      covers: [`Mutation.${name}`], targeted: true, gateway: true, subgraph: 'supervision',
      op: (f: Fixture, t: Target) => ({ query: `mutation($id: ID!${decl ? `, ${decl}` : ''}) { ${name}(id: $id, version: 999, ${args}) { id } }`, variables: { id: f.nodes[t].noticeId, ...vars } }),
      expect: roles(who, (c: Caller, t: Target) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
    } satisfies Row,
  ])),
  'supervisionDecisions: supervisors and agency administrators of the subtree, and the tree-wide roles': {
    covers: ['Query.supervisionDecisions'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { supervisionDecisions(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].decisionId] }, classify: listed((d) => d.supervisionDecisions.items, f.nodes[t].decisionId) }),
    expect: roles(COMPLAINT_READERS, (c, t) => (inScope(c, t) ? 'LISTED' : 'HIDDEN')),
  },
  'supervisionDecision: its fields, for those who read supervision records of its agency': {
    covers: ['Query.supervisionDecision', 'SupervisionDecision.notice', 'SupervisionDecision.agency', 'SupervisionDecision.case', 'SupervisionDecision.effect', 'SupervisionDecision.changeLog'],
    targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($id: ID!) { supervisionDecision(id: $id) { id notice { id } agency { id } case { id } effect { state } changeLog { total } } }', variables: { id: f.nodes[t].decisionId } }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : seesComplaintOf(c, t) ? 'OK' : 'NOT_FOUND'),
  },
  'createSupervisionDecision: supervisors of the subtree, on a notice they read (the case\'s pending 诉讼 proves it got that far, 004 第二十五条)': {
    covers: ['Mutation.createSupervisionDecision'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'mutation($i: CreateSupervisionDecisionInput!) { createSupervisionDecision(input: $i) { id } }',
      variables: { i: { noticeId: f.nodes[t].noticeId, type: 'REVOKE', caseId: f.nodes[t].decidedCaseId, reasons: '矩阵：逾期不改正' } },
    }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !seesComplaintOf(c, t) ? 'NOT_FOUND' : c === 'SUPERVISOR' ? 'CASE_UNDER_CHALLENGE' : 'FORBIDDEN'),
  },
  '_entities SupervisionNotice (supervision): the supervision rule': {
    covers: ['_entities:supervision.SupervisionNotice'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => entity('SupervisionNotice', f.nodes[t].noticeId, 'id number'),
    expect: (c, t) => (seesComplaintOf(c, t) ? 'OK' : 'NULL'),
  },
  '_entities SupervisionDecision (supervision): the supervision rule': {
    covers: ['_entities:supervision.SupervisionDecision'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => entity('SupervisionDecision', f.nodes[t].decisionId, 'id number'),
    expect: (c, t) => (seesComplaintOf(c, t) ? 'OK' : 'NULL'),
  },
  '_entities EnforcementCase (supervision): EnforcementCase.notices under the supervision rule': {
    covers: ['_entities:supervision.EnforcementCase'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => ({ ...entity('EnforcementCase', f.nodes[t].decidedCaseId, 'notices { items { id } }'), classify: (d) => some(d._entities[0]?.notices?.items) }),
    expect: (c, t) => (seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },
  'EnforcementCase.notices (supervision): the notices the caller may see, on the cases he may read': {
    covers: ['EnforcementCase.notices'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { case(id: $id) { notices { items { id } } } }', variables: { id: f.nodes[t].decidedCaseId }, classify: (d) => some(d.case.notices.items) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },
  'Agency.notices (supervision): the notices the caller may see, on the agencies he may see': {
    covers: ['Agency.notices'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { notices { items { id } } } }', variables: { id: f.nodes[t].agencyId }, classify: (d) => some(d.agency.notices?.items) }),
    expect: (c, t) => (c === 'anonymous' ? (published(t) ? 'NONE' : 'NOT_FOUND') : !inScope(c, t) ? 'NOT_FOUND' : seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },
  'EnforcementCase.correction (cases): with the case, for those who may read it': {
    covers: ['EnforcementCase.correction'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($id: ID!) { case(id: $id) { correction { kind decisionNumber } } }', variables: { id: f.nodes[t].caseId }, classify: (d) => nullOr(d.case.correction) }),
    expect: staff(),
  },
  // ── supervision: 现场监督, 回避, 移送 (004 第二十二条, 第二十一条, 第三十一条) ──────────────────────────────────────
  'inspections: supervisors and agency administrators of the subtree, and the tree-wide roles': {
    covers: ['Query.inspections'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { inspections(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].inspectionId] }, classify: listed((d) => d.inspections.items, f.nodes[t].inspectionId) }),
    expect: roles(COMPLAINT_READERS, (c, t) => (inScope(c, t) ? 'LISTED' : 'HIDDEN')),
  },
  'inspection and its record, recusals and change log: the same rule': {
    covers: ['Query.inspection', 'Inspection.entries', 'Inspection.recusals', 'Inspection.changeLog'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'query($id: ID!) { inspection(id: $id) { id supervisors { officerId recused } entries { total } recusals { total } changeLog { total } } }',
      variables: { id: f.nodes[t].inspectionId },
      classify: (d) => (d.inspection.recusals.total === 1 && d.inspection.entries.total === 0 ? 'OK' : `UNEXPECTED ${JSON.stringify(d.inspection)}`),
    }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : seesComplaintOf(c, t) ? 'OK' : 'NOT_FOUND'),
  },
  'planInspection: supervisors, for an agency of their subtree (one supervisor only proves it got that far, 004 第二十二条)': {
    covers: ['Mutation.planInspection'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'mutation($i: PlanInspectionInput!) { planInspection(input: $i) { id } }',
      variables: { i: { agencyId: f.nodes[t].agencyId, title: '矩阵现场监督', date: testDate({}), place: '矩阵地点', subject: '矩阵事项', supervisorIds: [f.nodes[t].officerId] } },
    }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'PRECONDITION_FAILED' : 'FORBIDDEN')),
  },
  'updateInspection and carryOutInspection: supervisors of the subtree (one supervisor proves it got that far)': {
    covers: ['Mutation.updateInspection', 'Mutation.carryOutInspection'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: `mutation($id: ID!, $a: InspectionArrangementInput!, $c: CarryOutInspectionInput!) {
        u: updateInspection(id: $id, version: 999, input: $a) { id }
        c: carryOutInspection(id: $id, version: 999, input: $c) { id }
      }`,
      variables: { id: f.nodes[t].inspectionId, a: { title: '矩阵', date: testDate({}), place: '矩阵地点', subject: '矩阵事项', supervisorIds: [f.nodes[t].officerId] }, c: { supervisorIds: [f.nodes[t].officerId] } },
    }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'PRECONDITION_FAILED' : 'NOT_FOUND')),
  },
  'addInspectionEntry: supervisors of the subtree (an entry dated tomorrow proves it got that far)': {
    covers: ['Mutation.addInspectionEntry'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($id: ID!, $i: InspectionEntryInput!) { addInspectionEntry(id: $id, input: $i) { id } }', variables: { id: f.nodes[t].inspectionId, i: { at: `${testDate({ days: 1 })}T10:00:00+08:00`, text: '矩阵记录' } } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'BAD_USER_INPUT' : 'NOT_FOUND')),
  },
  'concludeInspection and cancelInspection: supervisors of the subtree (a stale version proves it got that far)': {
    covers: ['Mutation.concludeInspection', 'Mutation.cancelInspection'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: `mutation($id: ID!, $i: ConcludeInspectionInput!) {
        a: concludeInspection(id: $id, version: 999, input: $i) { id }
        b: cancelInspection(id: $id, version: 999, reason: "矩阵取消原因") { id }
      }`,
      variables: { id: f.nodes[t].inspectionId, i: { findings: '矩阵', conclusion: '矩阵' } },
    }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'recusals: the same readers as the matter': {
    covers: ['Query.recusals'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { recusals(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].recusalId] }, classify: listed((d) => d.recusals.items, f.nodes[t].recusalId) }),
    expect: roles(COMPLAINT_READERS, (c, t) => (inScope(c, t) ? 'LISTED' : 'HIDDEN')),
  },
  'recusal: a complainant applicant in full for supervisors only; its change log': {
    covers: ['Query.recusal', 'Recusal.applicantName', 'Recusal.changeLog'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'query($id: ID!) { recusal(id: $id) { id applicantName changeLog { total } } }',
      variables: { id: f.nodes[t].recusalId },
      classify: (d) => (d.recusal.applicantName === '张三' ? 'FULL' : d.recusal.applicantName === '张*' ? 'MASKED' : 'UNEXPECTED'),
    }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !seesComplaintOf(c, t) ? 'NOT_FOUND' : c === 'SUPERVISOR' ? 'FULL' : 'MASKED'),
  },
  'declareRecusal: the supervisor himself, on a matter he may read (the matrix supervisor is linked to no officer: FORBIDDEN once found)': {
    covers: ['Mutation.declareRecusal'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'mutation($i: DeclareRecusalInput!) { declareRecusal(input: $i) { id } }',
      variables: { i: { subject: { type: 'INSPECTION', id: f.nodes[t].inspectionId }, officerId: f.nodes[t].officerId, grounds: '矩阵利害关系' } },
    }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'FORBIDDEN' : 'NOT_FOUND')),
  },
  'applyForRecusal: supervisors of the subtree, or the supervised body (an application dated tomorrow proves it got that far)': {
    covers: ['Mutation.applyForRecusal'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'mutation($i: ApplyRecusalInput!) { applyForRecusal(input: $i) { id } }',
      variables: { i: { subject: { type: 'INSPECTION', id: f.nodes[t].inspectionId }, officerId: f.nodes[t].officerId, applicantKind: 'SUPERVISED_BODY', applicantName: '矩阵机关', grounds: '矩阵申请理由', appliedOn: testDate({ days: 1 }) } },
    }),
    expect: roles(['SUPERVISOR', 'AGENCY_ADMIN'], (c, t) => (inScope(c, t) ? 'BAD_USER_INPUT' : 'NOT_FOUND')),
  },
  'decideRecusal: supervisors of the subtree (a stale version proves it got that far)': {
    covers: ['Mutation.decideRecusal'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($id: ID!, $i: DecideRecusalInput!) { decideRecusal(id: $id, version: 999, input: $i) { id } }', variables: { id: f.nodes[t].recusalId, i: { approved: true, decidedBy: '矩阵负责人', decidedOn: testDate({}) } } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'orderRecusal: supervisors of the subtree (the pending application proves it got that far, 004 第二十一条)': {
    covers: ['Mutation.orderRecusal'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: 'mutation($i: OrderRecusalInput!) { orderRecusal(input: $i) { id } }',
      variables: { i: { subject: { type: 'INSPECTION', id: f.nodes[t].inspectionId }, officerId: f.nodes[t].officerId, grounds: '矩阵决定理由', decidedBy: '矩阵监督机关', decidedOn: testDate({}) } },
    }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'PRECONDITION_FAILED' : 'NOT_FOUND')),
  },
  'referrals: supervisors of the subtree and the tree-wide roles — never the supervised body': {
    covers: ['Query.referrals'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { referrals(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].referralId] }, classify: listed((d) => d.referrals.items, f.nodes[t].referralId) }),
    expect: roles(['SUPERVISOR', 'CERT_ADMIN', 'SYSTEM_ADMIN'], (c, t) => (inScope(c, t) ? 'LISTED' : 'HIDDEN')),
  },
  'referral and its change log: the same readers': {
    covers: ['Query.referral', 'Referral.changeLog'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($id: ID!) { referral(id: $id) { id summary changeLog { total } } }', variables: { id: f.nodes[t].referralId } }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : ['SUPERVISOR', 'CERT_ADMIN', 'SYSTEM_ADMIN'].includes(c) && inScope(c, t) ? 'OK' : 'NOT_FOUND'),
  },
  'createReferral: supervisors, about an agency of their subtree (a 监察机关 for a public-interest clue proves it got that far, 004 第三十一条)': {
    covers: ['Mutation.createReferral'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($i: ReferralInput!) { createReferral(input: $i) { id } }', variables: { i: REFERRAL_INPUT(f.nodes[t]) } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'BAD_USER_INPUT' : 'FORBIDDEN')),
  },
  'updateReferral: supervisors of the subtree (the same misfit recipient proves it got that far)': {
    covers: ['Mutation.updateReferral'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($id: ID!, $i: ReferralInput!) { updateReferral(id: $id, version: 999, input: $i) { id } }', variables: { id: f.nodes[t].referralId, i: REFERRAL_INPUT(f.nodes[t]) } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'BAD_USER_INPUT' : 'NOT_FOUND')),
  },
  'sendReferral, recordReferralReceipt, recordReferralReply: supervisors of the subtree (a stale version proves it got that far)': {
    covers: ['Mutation.sendReferral', 'Mutation.recordReferralReceipt', 'Mutation.recordReferralReply'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({
      query: `mutation($id: ID!, $on: String!, $r: ReferralReceiptInput!, $p: ReferralReplyInput!) {
        a: sendReferral(id: $id, version: 999, sentOn: $on) { id }
        b: recordReferralReceipt(id: $id, version: 999, input: $r) { id }
        c: recordReferralReply(id: $id, version: 999, input: $p) { id }
      }`,
      variables: { id: f.nodes[t].referralId, on: testDate({}), r: { receivedOn: testDate({}), receivedBy: '矩阵接收人' }, p: { repliedOn: testDate({}), reply: '矩阵处理结果' } },
    }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  // ── 案卷评查 and 监督意见书 (003 第15条; 004 第十八条) ─────────────────────────────────────────────────────
  'entitlementsAt: 持证上岗 at past instants, public 亮证 data for everyone (004 第十一条; 案卷评查 asks it)': {
    covers: ['Query.entitlementsAt'], targeted: true, gateway: true, subgraph: 'personnel',
    op: (f, t) => ({
      query: 'query($c: [EntitlementCheckInput!]!) { entitlementsAt(checks: $c) { officerId entitled status reason } }',
      variables: { c: [{ agencyId: f.nodes[t].agencyId, field: '矩阵领域', officerId: f.nodes[t].officerId, at: `${testDate({})}T10:00:00+08:00` }] },
      classify: (d) => (d.entitlementsAt.length === 1 && d.entitlementsAt[0].officerId === f.nodes[t].officerId ? 'OK' : 'NONE'),
    }),
    expect: always('OK'),
  },
  'caseSteps (案卷评查): for those who may read the cases asked about; NOT_FOUND otherwise': {
    covers: ['Query.caseSteps'], targeted: true, gateway: true, subgraph: 'cases',
    op: (f, t) => ({ query: 'query($ids: [ID!]!) { caseSteps(caseIds: $ids) { caseId agencyId handlerIds steps { officerId at } } }', variables: { ids: [f.nodes[t].decidedCaseId] }, classify: (d) => (d.caseSteps[0].caseId === f.nodes[t].decidedCaseId ? 'OK' : 'NONE') }),
    expect: staff(),
  },
  'reviewCriteria: the versioned criteria, for staff': {
    covers: ['Query.reviewCriteria'], targeted: false, gateway: true, subgraph: 'supervision',
    op: () => ({ query: '{ reviewCriteria { version total items { code maxScore } } }', classify: (d) => (d.reviewCriteria.some((c: any) => c.version === 1 && c.total === 100) ? 'OK' : 'NONE') }),
    expect: (c) => (c === 'anonymous' ? 'UNAUTHENTICATED' : 'OK'),
  },
  'createReviewCriteria: system administrators (criteria that do not add up to 100 prove it got that far)': {
    covers: ['Mutation.createReviewCriteria'], targeted: false, gateway: true, subgraph: 'supervision',
    op: () => ({ query: 'mutation($i: ReviewCriteriaInput!) { createReviewCriteria(input: $i) { version } }', variables: { i: { title: '矩阵', source: '矩阵', items: [{ code: 'X', name: 'x', maxScore: 10 }], findingBelow: 60 } } }),
    expect: roles(['SYSTEM_ADMIN'], always('BAD_USER_INPUT')),
  },
  'reviewBatches: supervisors and agency administrators of the scope\'s subtree, and the tree-wide roles': {
    covers: ['Query.reviewBatches'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { reviewBatches(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].reviewBatchId] }, classify: listed((d) => d.reviewBatches.items, f.nodes[t].reviewBatchId) }),
    expect: roles(COMPLAINT_READERS, (c, t) => (inScope(c, t) ? 'LISTED' : 'HIDDEN')),
  },
  'reviewBatch: the batch with its files, sheets and change log, for the same readers': {
    covers: ['Query.reviewBatch', 'CaseReviewBatch.changeLog', 'CaseReviewBatch.agency', 'CaseReviewBatch.files', 'CaseReviewBatch.opinions', 'CaseReviewBatch.criteria'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($id: ID!) { reviewBatch(id: $id) { id agency { id } criteria { version } files { id sheets { id } } opinions { id } changeLog { items { id } } } }', variables: { id: f.nodes[t].reviewBatchId } }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : seesComplaintOf(c, t) ? 'OK' : 'NOT_FOUND'),
  },
  'createReviewBatch: supervisors of the scope (a single reviewer proves it got that far: 004 第二十二条)': {
    covers: ['Mutation.createReviewBatch'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($i: CreateReviewBatchInput!) { createReviewBatch(input: $i) { id } }', variables: { i: { agencyId: f.nodes[t].agencyId, year: TEST_YEAR, quarter: Math.floor((Number(testDate({}).slice(5, 7)) - 1) / 3) + 1, reviewerIds: [f.nodes[t].officerId] } } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'PRECONDITION_FAILED' : 'FORBIDDEN')),
  },
  'runReviewCheck: supervisors of the scope (a stale version proves it got that far, after asking cases for the steps)': {
    covers: ['Mutation.runReviewCheck'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($id: ID!) { runReviewCheck(id: $id, version: 999) { id } }', variables: { id: f.nodes[t].reviewBatchId } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'concludeReviewBatch: the same (a stale version proves it got that far)': {
    covers: ['Mutation.concludeReviewBatch'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($id: ID!) { concludeReviewBatch(id: $id, version: 999) { id } }', variables: { id: f.nodes[t].reviewBatchId } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'scoreReviewCase: the sheet\'s own reviewer only (an account linked to no reviewer is FORBIDDEN in scope)': {
    covers: ['Mutation.scoreReviewCase'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($id: ID!) { scoreReviewCase(sheetId: $id, version: 999, scores: []) { id } }', variables: { id: f.nodes[t].reviewSheetId } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'FORBIDDEN' : 'NOT_FOUND')),
  },
  'EnforcementCase.fileReviews (supervision): the reviews of a case the caller may read, under the supervision rule': {
    covers: ['EnforcementCase.fileReviews'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { case(id: $id) { fileReviews { total items { id finding sheets { id } } } } }', variables: { id: f.nodes[t].caseId }, classify: (d) => some(d.case.fileReviews?.items) }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : !inScope(c, t) ? 'NOT_FOUND' : seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },
  'Agency.reviews (supervision): the reviewed files of the agency\'s cases the caller may see, on the agencies he may see': {
    covers: ['Agency.reviews'], targeted: true, gateway: true, subgraph: null,
    op: (f, t) => ({ query: 'query($id: ID!) { agency(id: $id) { reviews { items { id } } } }', variables: { id: f.nodes[t].agencyId }, classify: (d) => some(d.agency.reviews?.items) }),
    expect: (c, t) => (c === 'anonymous' ? (published(t) ? 'NONE' : 'NOT_FOUND') : !inScope(c, t) ? 'NOT_FOUND' : seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },
  '_entities EnforcementCase (supervision): EnforcementCase.fileReviews under the supervision rule': {
    covers: ['_entities:supervision.EnforcementCase'], targeted: true, gateway: false, subgraph: 'supervision',
    op: (f, t) => ({ ...entity('EnforcementCase', f.nodes[t].caseId, 'fileReviews { items { id } }'), classify: (d) => some(d._entities[0]?.fileReviews?.items) }),
    expect: (c, t) => (seesComplaintOf(c, t) ? 'SOME' : 'NONE'),
  },
  'supervisionOpinions: supervisors and agency administrators of the addressee\'s subtree, and the tree-wide roles': {
    covers: ['Query.supervisionOpinions'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($ids: [ID!]) { supervisionOpinions(filter: { ids: $ids }) { items { id } } }', variables: { ids: [f.nodes[t].opinionId] }, classify: listed((d) => d.supervisionOpinions.items, f.nodes[t].opinionId) }),
    expect: roles(COMPLAINT_READERS, (c, t) => (inScope(c, t) ? 'LISTED' : 'HIDDEN')),
  },
  'supervisionOpinion: the opinion with its deadline and change log, for the same readers': {
    covers: ['Query.supervisionOpinion', 'SupervisionOpinion.changeLog', 'SupervisionOpinion.agency', 'SupervisionOpinion.batch'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'query($id: ID!) { supervisionOpinion(id: $id) { id number agency { id } batch { id } deadline { dueOn state } availableActions changeLog { items { id } } } }', variables: { id: f.nodes[t].opinionId } }),
    expect: (c, t) => (c === 'anonymous' ? 'UNAUTHENTICATED' : seesComplaintOf(c, t) ? 'OK' : 'NOT_FOUND'),
  },
  'issueReviewOpinion: supervisors of the scope (an open batch proves it got that far)': {
    covers: ['Mutation.issueReviewOpinion'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($i: IssueReviewOpinionInput!) { issueReviewOpinion(input: $i) { id } }', variables: { i: { batchId: f.nodes[t].reviewBatchId, agencyId: f.nodes[t].agencyId } } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'PRECONDITION_FAILED' : 'NOT_FOUND')),
  },
  'reportOpinionRectification: the supervised body\'s administrators (a stale version proves it got that far)': {
    covers: ['Mutation.reportOpinionRectification'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($id: ID!) { reportOpinionRectification(id: $id, version: 999, text: "矩阵整改情况") { id } }', variables: { id: f.nodes[t].opinionId } }),
    expect: roles(['AGENCY_ADMIN'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
  'decideOpinionRectification: supervisors of the addressee\'s subtree (a stale version proves it got that far)': {
    covers: ['Mutation.decideOpinionRectification'], targeted: true, gateway: true, subgraph: 'supervision',
    op: (f, t) => ({ query: 'mutation($id: ID!) { decideOpinionRectification(id: $id, version: 999, accepted: true) { id } }', variables: { id: f.nodes[t].opinionId } }),
    expect: roles(['SUPERVISOR'], (c, t) => (inScope(c, t) ? 'CONCURRENT_MODIFICATION' : 'NOT_FOUND')),
  },
};

/** A public-interest clue addressed to a 监察机关: refused by 004 第三十一条 once authorization passed. */
const REFERRAL_INPUT = (n: Node) => ({ clueKind: 'PUBLIC_INTEREST', field: 'STATE_PROPERTY', conduct: 'INACTION', recipientKind: 'SUPERVISORY_COMMISSION', recipientName: '矩阵监察委员会', agencyId: n.agencyId, summary: '矩阵线索摘要：国有资产流失未予查处' });

function inScopeTarget(t: Target): boolean {
  return t === 'own' || t === 'child';
}

/**
 * Fields that carry protected data although they are plain values: each must have a row. (Fields that
 * lead to other records, fields with arguments, root fields and entity types are found in the schema.)
 */
export const PROTECTED_FIELD = /idNumber|complainant|confirmedBy/i;
