/** Loads cases' part of seed 000 once, idempotently: the 3 enforcement matters of 000 附件1. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadSeed000, seedIds } from '@jiandu/kit';
import { EnforcementMatter, categoryOfLabel } from '../matters/matter.entity.js';

export async function seedCases(em: EntityManager, now: Date): Promise<{ matters: number }> {
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
  });
  return { matters };
}
