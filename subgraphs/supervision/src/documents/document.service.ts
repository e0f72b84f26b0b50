/**
 * Numbering and issuing body of supervision documents. The number is taken inside the issuing transaction
 * (`insert … on conflict do update … returning`): the counter row is locked until the commit, so two documents
 * of one series never share a number and a rolled-back issue leaves no gap.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, type Identity } from '@jiandu/kit';
import { SCHEMA } from '../orm.js';
import { documentNumber, type SupervisionDocumentKind } from './document.rules.js';

export interface Issuer {
  /** The issuing body (监督机关): the supervisor's own agency. */
  id: string;
  name: string;
}

/** The issuing body of the caller's documents: his agency, by its name in supervision's agency projection. */
export async function issuerOf(em: EntityManager, identity: Identity): Promise<Issuer> {
  if (!identity.agencyId) throw new DomainError(ErrorCode.FORBIDDEN, '您的账号未关联执法主体，不能以监督机关名义制发文书');
  const rows = await em.getConnection().execute<{ name: string }[]>(`select name from ${SCHEMA}.agency_projection where id = ?`, [identity.agencyId], 'all', em.getTransactionContext());
  const name = rows[0]?.name;
  if (!name) throw new DomainError(ErrorCode.PRECONDITION_FAILED, '监督子图尚未同步您所在的执法主体，请稍后重试', { agencyId: identity.agencyId });
  return { id: identity.agencyId, name };
}

/** The next number of the issuer's series of `kind` in `year`, taken in transaction `tx`. */
export async function nextDocumentNumber(tx: EntityManager, issuer: Issuer, kind: SupervisionDocumentKind, year: number): Promise<{ seq: number; number: string }> {
  if (!tx.getTransactionContext()) throw new Error('nextDocumentNumber outside a transaction: the number would not be gapless');
  const [row] = await tx
    .getConnection()
    .execute<{ last: number }[]>(
      `insert into ${SCHEMA}.document_counter (issuer_id, kind, year, last) values (?, ?, ?, 1)
       on conflict (issuer_id, kind, year) do update set last = ${SCHEMA}.document_counter.last + 1 returning last`,
      [issuer.id, kind, year],
      'all',
      tx.getTransactionContext(),
    );
  return { seq: row!.last, number: documentNumber(kind, year, row!.last) };
}
