/**
 * The closed lists of a sanction on an officer (004 第三十三条): the nine grounds in the article's own words, and
 * the five kinds of 处理 it names. Supervision owns these enums.
 */
import { registerEnumType } from 'type-graphql';

/** 004 第三十三条 (一)–(九): 行政执法人员有下列行为之一的… */
export enum SanctionGround {
  UNLAWFUL_PROCEDURE = 'UNLAWFUL_PROCEDURE',
  NEGLECT_OF_DUTY = 'NEGLECT_OF_DUTY',
  EXCEEDING_AUTHORITY = 'EXCEEDING_AUTHORITY',
  ILLEGAL_FEES = 'ILLEGAL_FEES',
  EVIDENCE_TAMPERING = 'EVIDENCE_TAMPERING',
  ABUSE_FOR_GAIN = 'ABUSE_FOR_GAIN',
  ROUGH_ENFORCEMENT = 'ROUGH_ENFORCEMENT',
  OBSTRUCTING_SUPERVISION = 'OBSTRUCTING_SUPERVISION',
  OTHER_UNLAWFUL = 'OTHER_UNLAWFUL',
}

/** The article's wording of each ground, and its item number. */
export const SANCTION_GROUND: Record<SanctionGround, { item: string; text: string }> = {
  UNLAWFUL_PROCEDURE: { item: '（一）', text: '不依法定程序执法的' },
  NEGLECT_OF_DUTY: { item: '（二）', text: '不履行或者怠于履行法定职责的' },
  EXCEEDING_AUTHORITY: { item: '（三）', text: '超越法定权限或者范围实施行政执法的' },
  ILLEGAL_FEES: { item: '（四）', text: '非法收费，截留、私分罚款或者没收的财物的' },
  EVIDENCE_TAMPERING: { item: '（五）', text: '隐匿、销毁、伪造、变造、转移行政执法证据的' },
  ABUSE_FOR_GAIN: { item: '（六）', text: '利用行政执法职权牟取不正当利益的' },
  ROUGH_ENFORCEMENT: { item: '（七）', text: '执法粗暴、野蛮，造成不良后果或者负面影响的' },
  OBSTRUCTING_SUPERVISION: { item: '（八）', text: '阻碍行政执法监督工作人员履行监督职责或者弄虚作假的' },
  OTHER_UNLAWFUL: { item: '（九）', text: '法律、法规、规章规定的其他违法或者不当的行政执法行为' },
};

registerEnumType(SanctionGround, {
  name: 'SanctionGround',
  description: '处理事由 (ground of a sanction on an officer: the nine of 004 第三十三条)',
  valuesConfig: Object.fromEntries(Object.entries(SANCTION_GROUND).map(([k, g]) => [k, { description: `${g.text}（004 第三十三条第${g.item}项）` }])),
});

/** 004 第三十三条: 批评教育、离岗培训、调离执法岗位、暂扣行政执法证或者吊销行政执法证. */
export enum SanctionKind {
  CRITICISM = 'CRITICISM',
  OFF_DUTY_TRAINING = 'OFF_DUTY_TRAINING',
  REMOVAL_FROM_POST = 'REMOVAL_FROM_POST',
  SUSPEND_CERTIFICATE = 'SUSPEND_CERTIFICATE',
  REVOKE_CERTIFICATE = 'REVOKE_CERTIFICATE',
}

export const SANCTION_KIND_LABEL: Record<SanctionKind, string> = {
  CRITICISM: '批评教育',
  OFF_DUTY_TRAINING: '离岗培训',
  REMOVAL_FROM_POST: '调离执法岗位',
  SUSPEND_CERTIFICATE: '暂扣行政执法证',
  REVOKE_CERTIFICATE: '吊销行政执法证',
};

registerEnumType(SanctionKind, {
  name: 'SanctionKind',
  description: '处理种类 (kind of sanction, 004 第三十三条); 暂扣 and 吊销 reach the certificate in personnel',
  valuesConfig: {
    CRITICISM: { description: '批评教育 (criticism and education)' },
    OFF_DUTY_TRAINING: { description: '离岗培训 (training away from the post)' },
    REMOVAL_FROM_POST: { description: '调离执法岗位 (removal from the enforcement post; the unit records it in personnel, and the certificate is then cancelled, 004 第十一条)' },
    SUSPEND_CERTIFICATE: { description: '暂扣行政执法证 (suspension of the certificate for the policy length, default 3 months, 003 第4条)' },
    REVOKE_CERTIFICATE: { description: '吊销行政执法证 (revocation of the certificate)' },
  },
});

/** What a 暂扣 or 吊销 did to the certificate, as personnel answered (`sanction.applied`). */
export enum SanctionEffectState {
  PENDING = 'PENDING',
  APPLIED = 'APPLIED',
  NOT_APPLIED = 'NOT_APPLIED',
}

registerEnumType(SanctionEffectState, {
  name: 'SanctionEffectState',
  description: '对证件的处理结果 (what a 暂扣 or 吊销 did to the certificate)',
  valuesConfig: {
    PENDING: { description: '待生效 (sent to personnel, no answer yet)' },
    APPLIED: { description: '已生效 (the certificate was suspended or revoked)' },
    NOT_APPLIED: { description: '未生效 (personnel could not apply it; see the reason)' },
  },
});
