import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CertificateStatus } from '../certificates/certificate.entity.js';
import { SupervisorRefusal } from './supervisor.rules.js';

registerEnumType(SupervisorRefusal, {
  name: 'SupervisorRefusal',
  description: '不具备执法监督资格的原因 (why a person may not act as a 执法监督人员, 004 第二十条, 第二十二条)',
  valuesConfig: {
    UNKNOWN_OFFICER: { description: '查无此人 (unknown id)' },
    NOT_A_SUPERVISOR: { description: '非执法监督人员 (no 执法监督 duty)' },
    NOT_ON_DUTY: { description: '不在岗 (transferred or left)' },
    NO_CERTIFICATE: { description: '无执法监督证 (holds no 行政执法监督证)' },
    CERTIFICATE_NOT_VALID: { description: '执法监督证在该时刻无效 (the 执法监督证 is suspended, revoked, cancelled, expired or not yet valid then)' },
  },
});

/**
 * 执法监督资格 of one person at an instant: only what a supervisor shows on site (004 第二十二条 出示行政执法监督检查证件):
 * name, agency, certificate number and status — answered without login, like 亮证.
 */
@ObjectType({ description: '执法监督资格核验结果 (whether a person may act as a 执法监督人员 at an instant: duty, on duty, a valid 执法监督证; 004 第二十条, 第二十二条)' })
export class SupervisorCredential {
  @Field(() => ID, { description: '人员编号 (officer id, as asked)' })
  officerId!: string;

  @Field(() => String, { nullable: true, description: '姓名 (name); empty for an unknown id' })
  officerName!: string | null;

  @Field(() => ID, { nullable: true, description: '所在执法主体 (agency of the person); empty for an unknown id' })
  agencyId!: string | null;

  @Field({ description: '是否具备执法监督资格 (valid: a 执法监督人员 on duty with a 执法监督证 valid at the instant)' })
  valid!: boolean;

  @Field(() => String, { nullable: true, description: '执法监督证号 (number of the certificate the answer rests on)' })
  certificateNumber!: string | null;

  @Field(() => CertificateStatus, { nullable: true, description: '该证在该时刻的状态 (its status at the instant)' })
  status!: CertificateStatus | null;

  @Field(() => SupervisorRefusal, { nullable: true, description: '不具备资格的原因 (why not); empty when valid' })
  reason!: SupervisorRefusal | null;
}
