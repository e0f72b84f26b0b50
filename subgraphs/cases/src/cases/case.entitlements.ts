/**
 * The live entitlement check a case step needs (003 第4条, 004 第十一条; DESIGN "Cases"), as cases' services
 * see it: one batched question to personnel per step, failing closed.
 */
import { checkEntitlements, requireEntitled } from '../entitlement/entitlement.client.js';

export interface EntitledOfficer {
  officerId: string;
  officerName: string;
  certificateNumber: string | null;
}

export interface Entitlements {
  /**
   * Every officer of `officerIds` entitled at `at` for `field` in the region of `agencyId`; throws
   * CERTIFICATE_SUSPENDED / NOT_ENTITLED for the first who is not, DEPENDENCY_UNAVAILABLE when personnel
   * cannot answer.
   */
  require(agencyId: string, field: string | null, officerIds: readonly string[], at: Date): Promise<Map<string, EntitledOfficer>>;
}

export function entitlementsVia(personnelUrl: string, authorization: string | null): Entitlements {
  return {
    async require(agencyId, field, officerIds, at) {
      const answers = await checkEntitlements(personnelUrl, authorization, { agencyId, field, officerIds: [...officerIds], at });
      requireEntitled(answers, officerIds);
      return new Map(officerIds.map((id) => {
        const e = answers.get(id)!;
        return [id, { officerId: id, officerName: e.officerName ?? '', certificateNumber: e.certificateNumber ?? null }];
      }));
    },
  };
}
