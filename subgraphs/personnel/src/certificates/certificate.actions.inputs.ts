import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CertificateKind } from './certificate.entity.js';
import { SuspensionGround } from './certificate-event.entity.js';
import { ReviewState } from './certificate.rules.js';

registerEnumType(ReviewState, {
  name: 'ReviewState',
  description: '年审状态 (periodic review state)',
  valuesConfig: {
    NOT_SCHEDULED: { description: '未安排 (no review scheduled)' },
    OK: { description: '正常 (not yet due)' },
    DUE_SOON: { description: '即将到期 (due within 30 days)' },
    OVERDUE: { description: '已逾期 (overdue: not valid for enforcement)' },
  },
});

export enum CertificateAction {
  REVIEW = 'REVIEW',
  SUSPEND = 'SUSPEND',
  LIFT = 'LIFT',
  RENEW = 'RENEW',
  REVOKE = 'REVOKE',
  CANCEL = 'CANCEL',
  RECOVER = 'RECOVER',
}
registerEnumType(CertificateAction, {
  name: 'CertificateAction',
  description: '证件操作 (an action on a certificate)',
  valuesConfig: {
    REVIEW: { description: '年审 (periodic review)' },
    SUSPEND: { description: '暂扣 (suspend, 003 第4条)' },
    LIFT: { description: '提前恢复 (lift a suspension early)' },
    RENEW: { description: '换发 (renew)' },
    REVOKE: { description: '吊销 (revoke, 004 第三十三条)' },
    CANCEL: { description: '注销 (cancel)' },
    RECOVER: { description: '收回 (record recovery of the card)' },
  },
});

@InputType({ description: '核发证件 (issue a certificate): requires a passed exam and the required training (003 第4条, 第3条)' })
export class IssueCertificateInput {
  @Field(() => ID, { description: '持证人 (holder officer)' })
  officerId!: string;

  @Field({ description: '证件号 (number, unique), 6–32 digits or letters' })
  number!: string;

  @Field(() => CertificateKind, { defaultValue: CertificateKind.ENFORCEMENT, description: '证件种类 (kind)' })
  kind: CertificateKind = CertificateKind.ENFORCEMENT;

  @Field(() => [String], { nullable: true, description: '执法领域，默认取持证人的 (fields, default: the officer\'s)' })
  fields?: string[] | null;

  @Field(() => String, { nullable: true, description: '执法区域，默认取持证人的 (region, default: the officer\'s)' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: '发证日期，默认今天 (issued on, default today)' })
  issuedOn?: string | null;
}

@InputType({ description: '暂扣证件 (suspend a certificate, 003 第4条: 暂扣行政执法证3个月)' })
export class SuspendCertificateInput {
  @Field(() => SuspensionGround, { description: '暂扣事由 (ground)' })
  ground!: SuspensionGround;

  @Field(() => String, { nullable: true, description: '起始日，默认今天 (first day, default today)' })
  startsOn?: string | null;

  @Field({ description: '事实与理由 (facts and reasons)' })
  reason!: string;

  @Field(() => String, { nullable: true, description: '依据，事由为处理决定时必填 (basis; required for a sanction, e.g. its document number)' })
  basis?: string | null;
}

@ObjectType({ description: '暂扣期间预览 (what a suspension starting on a day would be)' })
export class SuspensionPreview {
  @Field({ description: '起始日 (first day)' })
  startsOn!: string;

  @Field({ description: '截止日（含）(last day, inclusive)' })
  endsOn!: string;

  @Field(() => Int, { description: '期限（月）(length in months, the policy in force)' })
  months!: number;

  @Field({ description: '规则 (the policy value and its source)' })
  rule!: string;
}
