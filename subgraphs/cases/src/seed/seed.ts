/**
 * Loads cases' part of seed 000 once, idempotently: the 3 enforcement matters of 000 附件1, and the agency's
 * filing period for major decisions — 7 working days (000 二（九）) instead of 004 第十九条's 15 days; with SEED_DEMO,
 * the demo cases on them (demo-cases.ts) — except under NODE_ENV=test, whose tests count case numbers from 〔year〕0001号.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadSeed000, newId, seedIds, type Env } from '@jiandu/kit';
import { seedDemoCases } from './demo-cases.js';
import { EnforcementMatter, categoryOfLabel } from '../matters/matter.entity.js';
import { FilingPolicy } from '../publicity/publicity.entity.js';
import { SEED_000_FILING_POLICY } from '../publicity/publicity.rules.js';

export async function seedCases(em: EntityManager, now: Date, env?: Pick<Env, 'seedDemo' | 'nodeEnv'>): Promise<{ matters: number; cases?: number }> {
  const seed = loadSeed000();
  const agencyId = seedIds.agency(seed.agency.name);
  let matters = 0;
  await em.transactional(async (tx) => {
    for (const m of seed.matters) {
      const id = seedIds.matter(seed.agency.name, m.seq);
      if (await tx.findOne(EnforcementMatter, { id })) continue;
      const category = categoryOfLabel(m.category);
      if (!category) throw new Error(`seed 000 matter ${m.seq}: unknown category ${m.category}`);
      tx.create(EnforcementMatter, { id, name: m.name, category, agencyId, unit: m.unit, field: '机关事务管理', legalBasis: m.legalBasis, listSeq: m.seq, createdAt: now });
      matters++;
    }
    if (!(await tx.findOne(FilingPolicy, { agencyId }))) {
      tx.create(FilingPolicy, { id: newId(), agencyId, ...SEED_000_FILING_POLICY, setBy: '初始数据（000）', updatedAt: now });
    }
  });
  if (env?.seedDemo && env.nodeEnv !== 'test') return { matters, cases: await seedDemoCases(em.fork(), now) };
  return { matters };
}
