import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ListFilter, OrderBy, Paged } from '@jiandu/kit';
import { Certificate, CertificateKind, CertificateStatus } from './certificate.entity.js';
import { CertificateEvent } from './certificate-event.entity.js';

@InputType({ description: '证件筛选条件 (certificate filter); all given conditions must hold' })
export class CertificateFilter extends ListFilter('证件号或持证人姓名包含 (number or holder name contains)') {
  @Field(() => CertificateKind, { nullable: true, description: '证件种类 (kind)' })
  kind?: CertificateKind | null;

  @Field(() => ID, { nullable: true, description: '持证人编号 (holder)' })
  officerId?: string | null;

  @Field(() => ID, { nullable: true, description: '持证人所属执法主体及其下级 (holder\'s agency, sub-units included)' })
  agencyId?: string | null;

  @Field(() => CertificateStatus, { nullable: true, description: '当前状态 (status now), e.g. SUSPENDED 暂扣, REVIEW_OVERDUE 年审逾期' })
  status?: CertificateStatus | null;

  @Field(() => Int, { nullable: true, description: '在这么多天内到期 (expiring within this many days, still valid now), e.g. 30' })
  expiringWithinDays?: number | null;
}

export enum CertificateOrderField {
  NUMBER = 'NUMBER',
  ISSUED_ON = 'ISSUED_ON',
  VALID_UNTIL = 'VALID_UNTIL',
}
registerEnumType(CertificateOrderField, {
  name: 'CertificateOrderField',
  description: '证件排序字段 (certificate sort field)',
  valuesConfig: {
    NUMBER: { description: '证件号 (number)' },
    ISSUED_ON: { description: '发证日期 (issued on)' },
    VALID_UNTIL: { description: '有效期至 (valid until)' },
  },
});

@InputType({ description: '证件排序 (certificate order)' })
export class CertificateOrder extends OrderBy(CertificateOrderField) {}

@ObjectType({ description: '证件列表的一页 (a page of certificates)' })
export class CertificateList extends Paged(Certificate, { zh: '证件', en: 'certificates' }) {}

@ObjectType({ description: '证件履历的一页 (a page of a certificate\'s history), oldest first' })
export class CertificateEventList extends Paged(CertificateEvent, { zh: '履历', en: 'history entries' }) {}

/**
 * What a citizen may see of a certificate (DESIGN "Fixed points": number, holderName, agencyName,
 * fields, region, status, validUntil — nothing else; 003 第4条 公开查询, 002 事中公示).
 */
@ObjectType({ description: '亮证查询结果 (public certificate lookup): only the fields the public may see' })
export class PublicCertificate {
  @Field({ description: '证件号 (certificate number)' })
  number!: string;

  @Field({ description: '持证人姓名 (holder name)' })
  holderName!: string;

  @Field({ description: '所属执法主体 (agency name)' })
  agencyName!: string;

  @Field(() => [String], { description: '执法领域 (enforcement fields)' })
  fields!: string[];

  @Field({ description: '执法区域 (region)' })
  region!: string;

  @Field(() => CertificateStatus, { description: '当前状态 (status now)' })
  status!: CertificateStatus;

  @Field({ description: '有效期至 (valid until, YYYY-MM-DD)' })
  validUntil!: string;
}
