import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { importOfficers, exportOfficers } from './officer.import.js';
import { OfficerFilter } from './officer.inputs.js';
import { toLocalDate } from '@jiandu/kit';
import type { PersonnelContext } from '../context.js';
import { Officer } from './officer.entity.js';
import { EmploymentChange } from './employment-change.entity.js';
import { EmploymentChangeInput, OfficerInput } from './officer.actions.inputs.js';
import { createOfficer, recordEmploymentChange, updateOfficer } from './officer.actions.js';
import { ChangeLogList, PageArgs } from '@jiandu/kit';
import { QualificationExam, TrainingRecord } from '../training/training.entity.js';
import { ExamInput, TrainingInput } from '../training/training.inputs.js';
import { recordExam, recordTraining } from '../training/training.service.js';

@ObjectType({ description: '人员变动结果 (result of an employment change)' })
export class EmploymentChangeResult {
  @Field(() => Officer, { description: '执法人员 (the officer after the change)' })
  officer!: Officer;

  @Field(() => EmploymentChange, { description: '变动记录 (the change recorded)' })
  change!: EmploymentChange;
}

const yearOf = (ctx: PersonnelContext, year: number | null | undefined) => year ?? Number(toLocalDate(ctx.clock.now()).slice(0, 4));

@Resolver(() => Officer)
export class OfficerActionsResolver {
  @Mutation(() => Officer, { description: '登记执法人员 (create an officer) in an agency the caller administers' })
  createOfficer(@Ctx() ctx: PersonnelContext, @Arg('input', () => OfficerInput, { description: '资料 (profile)' }) input: OfficerInput): Promise<Officer> {
    return createOfficer(ctx.em, ctx.identity, ctx.clock, input);
  }

  @Mutation(() => Officer, { description: '修改执法人员资料 (edit an officer); send the version you saw' })
  updateOfficer(
    @Ctx() ctx: PersonnelContext,
    @Arg('id', () => ID, { description: '执法人员编号 (officer id)' }) id: string,
    @Arg('version', () => Int, { description: '您看到的版本号 (the version you edited)' }) version: number,
    @Arg('input', () => OfficerInput, { description: '资料 (profile)' }) input: OfficerInput,
  ): Promise<Officer> {
    return updateOfficer(ctx.em, ctx.identity, ctx.clock, id, version, input);
  }

  @Mutation(() => EmploymentChangeResult, { description: '登记人员变动 (record 调离/离职/返岗, 004 第十一条); leaving the post cancels the certificates' })
  async recordEmploymentChange(
    @Ctx() ctx: PersonnelContext,
    @Arg('officerId', () => ID, { description: '执法人员编号 (officer id)' }) officerId: string,
    @Arg('input', () => EmploymentChangeInput, { description: '变动 (the change)' }) input: EmploymentChangeInput,
    @Arg('version', () => Int, { description: '您看到的版本号 (the version you saw)' }) version: number,
  ): Promise<EmploymentChangeResult> {
    return recordEmploymentChange(ctx.em, ctx.identity, ctx.clock, officerId, version, input);
  }

  @Mutation(() => TrainingRecord, { description: '登记培训 (record a training, 003 第3条)' })
  recordTraining(@Ctx() ctx: PersonnelContext, @Arg('input', () => TrainingInput, { description: '培训 (training)' }) input: TrainingInput): Promise<TrainingRecord> {
    return recordTraining(ctx.em, ctx.identity, ctx.clock, input);
  }

  @Mutation(() => QualificationExam, { description: '登记资格考试 (record a qualification exam, 003 第4条)' })
  recordExam(@Ctx() ctx: PersonnelContext, @Arg('input', () => ExamInput, { description: '考试 (exam)' }) input: ExamInput): Promise<QualificationExam> {
    return recordExam(ctx.em, ctx.identity, ctx.clock, input);
  }

  @FieldResolver(() => [EmploymentChange], { description: '人员变动记录，最新的在前 (employment changes, newest first)' })
  employmentChanges(@Root() officer: Officer, @Ctx() ctx: PersonnelContext): Promise<EmploymentChange[]> {
    return ctx.loaders.changesByOfficer.load(officer.id);
  }

  @FieldResolver(() => [TrainingRecord], { description: '某年的培训记录 (training records of a year, default this year)' })
  async trainings(@Root() officer: Officer, @Ctx() ctx: PersonnelContext, @Arg('year', () => Int, { nullable: true, description: '年度 (year)' }) year?: number | null): Promise<TrainingRecord[]> {
    const y = String(yearOf(ctx, year));
    return (await ctx.loaders.trainingsByOfficer.load(officer.id)).filter((t) => t.trainedOn.startsWith(y));
  }

  @FieldResolver(() => Float, { description: '某年培训学时合计 (training hours in a year, default this year; 003 第3条 requires 60)' })
  async trainingHours(@Root() officer: Officer, @Ctx() ctx: PersonnelContext, @Arg('year', () => Int, { nullable: true, description: '年度 (year)' }) year?: number | null): Promise<number> {
    const y = String(yearOf(ctx, year));
    return (await ctx.loaders.trainingsByOfficer.load(officer.id)).filter((t) => t.trainedOn.startsWith(y)).reduce((s, t) => s + t.hours, 0);
  }

  @FieldResolver(() => [QualificationExam], { description: '资格考试记录 (qualification exams)' })
  exams(@Root() officer: Officer, @Ctx() ctx: PersonnelContext): Promise<QualificationExam[]> {
    return ctx.loaders.examsByOfficer.load(officer.id);
  }

  @FieldResolver(() => ChangeLogList, { description: '修改记录，最新的在前 (who changed this profile, when, which fields; newest first), paged' })
  changeLog(@Root() officer: Officer, @Ctx() ctx: PersonnelContext, @Args() page: PageArgs): Promise<ChangeLogList> {
    return ctx.loaders.changeLogByRecord.load(officer.id, page);
  }
}

@ObjectType({ description: '导入问题 (a problem of one row of an import)' })
export class ImportProblemType {
  @Field(() => Int, { description: '行号，表头为第 1 行 (row number; the header is row 1)' })
  row!: number;

  @Field({ description: '字段 (field)' })
  field!: string;

  @Field({ description: '问题 (what is wrong, in the clerk\'s words)' })
  message!: string;
}

@ObjectType({ description: '导入结果 (result of a CSV import): nothing is imported when any row is invalid' })
export class ImportResultType {
  @Field(() => Int, { description: '数据行数 (data rows read)' })
  rows!: number;

  @Field(() => Int, { description: '已导入 (officers imported)' })
  imported!: number;

  @Field({ description: '仅校验 (validation only)' })
  dryRun!: boolean;

  @Field(() => [ImportProblemType], { description: '各行问题 (problems by row)' })
  problems!: ImportProblemType[];
}

@Resolver()
export class OfficerCsvResolver {
  @Mutation(() => ImportResultType, { description: '导入执法人员 CSV (import officers; every row validated, all or nothing). Columns: 姓名,身份证号,执法主体,岗位,执法区域,执法领域,岗位职责,法律职业资格' })
  importOfficers(
    @Ctx() ctx: PersonnelContext,
    @Arg('csv', { description: 'CSV 文本，UTF-8 (the CSV text)' }) csv: string,
    @Arg('dryRun', { defaultValue: false, description: '仅校验不导入 (validate only)' }) dryRun: boolean,
  ): Promise<ImportResultType> {
    return importOfficers(ctx.em, ctx.identity, ctx.clock, csv, dryRun);
  }

  @Query(() => String, { description: '导出执法人员 CSV (export the officers the caller may see; ID numbers masked)' })
  officersCsv(@Ctx() ctx: PersonnelContext, @Arg('filter', () => OfficerFilter, { nullable: true, description: '筛选 (filter)' }) filter?: OfficerFilter | null): Promise<string> {
    return exportOfficers(ctx.em, ctx.identity, ctx.clock, filter);
  }
}
