import { Entity, PrimaryKey, Property, Enum, Index } from '@mikro-orm/decorators/legacy';
import { ArrayType, OptionalProps } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum CertificateKind {
  ENFORCEMENT = 'ENFORCEMENT',
  SUPERVISION = 'SUPERVISION',
}
registerEnumType(CertificateKind, {
  name: 'CertificateKind',
  description: '证件种类 (kind of certificate)',
  valuesConfig: {
    ENFORCEMENT: { description: '行政执法证 (enforcement certificate)' },
    SUPERVISION: { description: '行政执法监督证 (supervision certificate, 004 第二十二条)' },
  },
});

/** Derived from the certificate's dates and history at an instant — never stored (DESIGN). */
export enum CertificateStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
  NOT_YET_VALID = 'NOT_YET_VALID',
  REVIEW_OVERDUE = 'REVIEW_OVERDUE',
}
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: '证件状态 (status of a certificate at an instant, derived from its dates and history)',
  valuesConfig: {
    VALID: { description: '有效 (valid: the holder may enforce)' },
    SUSPENDED: { description: '暂扣 (suspended, 003 第4条: 3 months)' },
    REVOKED: { description: '吊销 (revoked, 004 第三十三条)' },
    CANCELLED: { description: '注销 (cancelled, e.g. the holder left the enforcement post, 004 第十一条)' },
    EXPIRED: { description: '已过有效期 (expired)' },
    NOT_YET_VALID: { description: '尚未生效 (not yet valid)' },
    REVIEW_OVERDUE: { description: '年审逾期 (periodic review overdue: not valid for enforcement until reviewed)' },
  },
});

export const CERTIFICATE_STATUS_LABEL: Record<CertificateStatus, string> = {
  VALID: '有效',
  SUSPENDED: '暂扣',
  REVOKED: '吊销',
  CANCELLED: '注销',
  EXPIRED: '已过期',
  NOT_YET_VALID: '尚未生效',
  REVIEW_OVERDUE: '年审逾期',
};

/** The statuses in which the holder may enforce (亮证执法). */
export const ENFORCEABLE: readonly CertificateStatus[] = [CertificateStatus.VALID];

@Directive('@key(fields: "id")')
@ObjectType({ description: '行政执法证 (enforcement certificate) or 执法监督证, held by one officer' })
@Entity({ tableName: 'certificate' })
export class Certificate {
  [OptionalProps]?: 'version' | 'kind' | 'fields';

  @Field(() => ID, { description: '证件记录编号 (certificate record id)' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '证件号 (certificate number, unique), e.g. 31000036001' })
  @Property({ unique: true })
  number!: string;

  @Field(() => CertificateKind, { description: '证件种类 (kind)' })
  @Enum({ items: () => CertificateKind })
  kind: CertificateKind = CertificateKind.ENFORCEMENT;

  @Field(() => ID, { description: '持证人编号 (holder officer id)' })
  @Property({ type: 'uuid' })
  @Index()
  officerId!: string;

  @Field(() => [String], { description: '执法领域 (fields the certificate covers)' })
  @Property({ type: ArrayType })
  fields: string[] = [];

  @Field({ description: '执法区域 (region the certificate covers), e.g. 全疆' })
  @Property()
  region!: string;

  @Field({ description: '发证日期 (issued on, YYYY-MM-DD, China time)' })
  @Property({ type: 'date' })
  issuedOn!: string;

  @Field({ description: '有效期至 (valid until, inclusive, YYYY-MM-DD)' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Field(() => Date, { description: '创建时间 (created at)' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { description: '最后修改时间 (last changed at)' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field({ description: '版本号 (version), sent back with an action so that concurrent changes are detected' })
  @Property({ version: true })
  version!: number;
}
