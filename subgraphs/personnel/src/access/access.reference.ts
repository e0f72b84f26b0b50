/**
 * Reference resolution (`_entities`) under the same rules as every other path (access.rules.ts): the
 * gateway hands over only an id — from another subgraph's field such as `complaints { officer { … } }` —
 * so personnel decides here whether the caller may read it. A reference the caller may not read resolves
 * to null: the record is hidden, exactly as a field that leads to it (`parent`, `holder`) would be, and its
 * existence is not confirmed.
 */
import { isUuid } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import type { Agency } from '../agencies/agency.entity.js';
import type { Officer } from '../officers/officer.entity.js';
import type { Certificate } from '../certificates/certificate.entity.js';
import { canReadAgency, canReadCertificate, canReadOfficer } from './access.rules.js';

export async function readableAgency(ctx: PersonnelContext, id: string): Promise<Agency | null> {
  if (!isUuid(id)) return null;
  const agency = await ctx.loaders.agencyById.load(id);
  return agency && canReadAgency(ctx.identity, agency) ? agency : null;
}

export async function readableOfficer(ctx: PersonnelContext, id: string): Promise<Officer | null> {
  if (ctx.identity.anonymous || !isUuid(id)) return null;
  const officer = await ctx.loaders.officerById.load(id);
  const agency = officer && (await ctx.loaders.agencyById.load(officer.agencyId));
  return officer && agency && canReadOfficer(ctx.identity, agency) ? officer : null;
}

export async function readableCertificate(ctx: PersonnelContext, id: string): Promise<Certificate | null> {
  if (ctx.identity.anonymous || !isUuid(id)) return null;
  const cert = await ctx.loaders.certificateById.load(id);
  const holder = cert && (await ctx.loaders.officerById.load(cert.officerId));
  const agency = holder && (await ctx.loaders.agencyById.load(holder.agencyId));
  return cert && agency && canReadCertificate(ctx.identity, agency) ? cert : null;
}
