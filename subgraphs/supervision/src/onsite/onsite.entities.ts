/** The tables of 现场监督, 回避 and 移送 (spread in orm.ts; imports nothing of the ORM setup, so no cycle). */
import { Inspection, InspectionEntry } from '../inspections/inspection.entity.js';
import { Recusal } from '../recusals/recusal.entity.js';
import { Referral } from '../referrals/referral.entity.js';

export const onsiteEntities = [Inspection, InspectionEntry, Recusal, Referral];
