import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CertificateStatus } from '../certificates/certificate.entity.js';
import { EntitlementRefusal } from './entitlement.rules.js';

registerEnumType(EntitlementRefusal, {
  name: 'EntitlementRefusal',
  description: '不具备执法资格的原因 (why an officer is not entitled to act, 004 第十一条 持证上岗)',
  valuesConfig: {
    NO_CERTIFICATE: { description: '无行政执法证 (no enforcement certificate; also: unknown officer)' },
    SUSPENDED: { description: '证件暂扣中 (certificate suspended, 003 第4条)' },
    REVOKED: { description: '证件已吊销 (revoked, 004 第三十三条)' },
    CANCELLED: { description: '证件已注销 (cancelled, 004 第十一条)' },
    EXPIRED: { description: '证件已过有效期 (expired)' },
    NOT_YET_VALID: { description: '证件尚未生效 (not yet valid at the instant)' },
    REVIEW_OVERDUE: { description: '证件年审逾期 (periodic review overdue)' },
    FIELD_NOT_COVERED: { description: '证件执法领域不含本领域 (the certificate does not cover the field, 003 第4条)' },
    REGION_NOT_COVERED: { description: '证件执法区域不含该执法主体所在区域 (the certificate does not cover the agency\'s region, 004 第十一条)' },
  },
});

/**
 * 持证上岗 (004 第十一条) of one officer at an instant, for a field and an agency: only 亮证 data (name,
 * certificate number, status — public under 003 第4条), so it is answered without login.
 */
@ObjectType({ description: '执法资格核验结果 (entitlement of one officer to act, at an instant, in a field and an agency\'s region; 004 第十一条 持证上岗)' })
export class Entitlement {
  @Field(() => ID, { description: '执法人员编号 (officer id, as asked)' })
  officerId!: string;

  @Field(() => String, { nullable: true, description: '执法人员姓名 (officer name); empty for an unknown id' })
  officerName!: string | null;

  @Field({ description: '是否具备执法资格 (entitled: a valid 行政执法证 covering the field and region at the instant)' })
  entitled!: boolean;

  @Field(() => CertificateStatus, { nullable: true, description: '所依据证件在该时刻的状态 (status at the instant of the certificate the answer rests on); empty without certificate' })
  status!: CertificateStatus | null;

  @Field(() => String, { nullable: true, description: '所依据证件的证件号 (number of that certificate), e.g. 31000036001' })
  certificateNumber!: string | null;

  @Field(() => EntitlementRefusal, { nullable: true, description: '不具备资格的原因 (why not); empty when entitled' })
  reason!: EntitlementRefusal | null;
}

/** One question of `entitlementsAt`. */
@InputType({ description: '执法资格核验项 (one question: was this officer entitled at this instant, in this agency\'s region, for this field?)' })
export class EntitlementCheckInput {
  @Field(() => ID, { description: '执法主体编号 (agency whose region the act was in)' })
  agencyId!: string;

  @Field(() => String, { nullable: true, description: '执法领域 (field of the matter); empty: any field' })
  field?: string | null;

  @Field(() => ID, { description: '执法人员编号 (officer id)' })
  officerId!: string;

  @Field(() => Date, { description: '核验时刻 (the instant of the act, ISO 8601)' })
  at!: Date;
}
