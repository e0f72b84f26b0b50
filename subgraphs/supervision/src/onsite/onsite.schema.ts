/** What 现场监督, 回避 and 移送 add to supervision's schema and ORM (listed once, spread in schema.ts and orm.ts). */
import { InspectionResolver, InspectionSupervisorResolver } from '../inspections/inspection.resolver.js';
import { RecusalResolver } from '../recusals/recusal.resolver.js';
import { ReferralResolver } from '../referrals/referral.resolver.js';

export const onsiteResolvers = [InspectionResolver, InspectionSupervisorResolver, RecusalResolver, ReferralResolver] as const;

export const onsiteUniqueMessages = {
  recusal_open_unique: { field: 'officerId', message: '该执法监督人员已有就此监督事项的回避或待决定的申请（004 第二十一条）' },
  referral_number_unique: { field: 'number', message: '移送函文号重复，请重试' },
};
