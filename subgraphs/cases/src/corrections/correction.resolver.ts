import { Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { EnforcementCase } from '../cases/case.entity.js';
import { CaseCorrectionKind } from './correction.rules.js';

/** The mark a 监督决定书 left on a case's decision (004 第二十五条). */
@ObjectType({ description: '监督纠正 (a supervision decision that revoked the case\'s decision, or confirmed it illegal or invalid, 004 第二十五条)' })
export class CaseCorrection {
  @Field(() => CaseCorrectionKind, { description: '纠正方式 (revoked, confirmed illegal, confirmed invalid)' })
  kind!: CaseCorrectionKind;

  @Field({ description: '监督决定书文号 (the decision\'s number), e.g. 监决〔2026〕1号' })
  decisionNumber!: string;

  @Field(() => ID, { description: '监督决定书编号 (supervision\'s SupervisionDecision id)' })
  decisionId!: string;

  @Field({ description: '作出决定的监督机关 (the issuing body)' })
  issuingBody!: string;

  @Field({ description: '决定日期 (decided on, YYYY-MM-DD)' })
  decidedOn!: string;

  @Field({ description: '理由 (the decision\'s facts and reasons)' })
  reason!: string;

  @Field(() => Date, { description: '记入本案的时间 (when cases applied it)' })
  recordedAt!: Date;
}

@Resolver(() => EnforcementCase)
export class CaseCorrectionResolver {
  @FieldResolver(() => CaseCorrection, { nullable: true, description: '监督纠正 (the 监督决定书 that revoked this decision or confirmed it illegal or invalid; its publication is withdrawn and it cannot be published); null when none' })
  correction(@Root() c: EnforcementCase): CaseCorrection | null {
    if (!c.correction) return null;
    return {
      kind: c.correction, decisionNumber: c.correctedByNumber ?? '', decisionId: c.correctedByDecisionId ?? '', issuingBody: c.correctedByBody ?? '',
      decidedOn: c.correctedOn ?? '', reason: c.correctionReason ?? '', recordedAt: c.correctedAt!,
    };
  }
}
