import { Migration } from '@mikro-orm/migrations';

export class Migration20261207234916_reviews extends Migration {

  override name = 'Migration20261207234916_reviews';

  override up(): void | Promise<void> {
    this.addSql(`create table "supervision"."case_review_batch" ("id" uuid not null, "title" text not null, "agency_id" uuid not null, "year" int not null, "quarter" int not null, "period_from" date not null, "period_to" date not null, "criteria_version" int not null, "seed" text not null, "seed_given" boolean not null, "sample_policy" text not null, "candidate_ids" text[] not null, "sample_ids" text[] not null, "reviewers" jsonb not null, "status" text not null default 'OPEN', "checked_at" timestamptz null, "created_at" timestamptz not null, "created_by" text not null, "created_by_id" uuid null, "concluded_at" timestamptz null, "concluded_by" text null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "case_review_batch_agency_period_index" on "supervision"."case_review_batch" ("agency_id", "year", "quarter");`);

    this.addSql(`create table "supervision"."case_file_review" ("id" uuid not null, "batch_id" uuid not null, "position" int not null, "case_id" uuid not null, "case_number" text not null, "agency_id" uuid not null, "handler_ids" text[] not null, "recusals" jsonb not null, "check" jsonb null, "result" double precision null, "finding" boolean null, "finding_reasons" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "case_file_review_batch_id_index" on "supervision"."case_file_review" ("batch_id");`);
    this.addSql(`create index "case_file_review_case_id_index" on "supervision"."case_file_review" ("case_id");`);
    this.addSql(`create index "case_file_review_agency_id_index" on "supervision"."case_file_review" ("agency_id");`);
    this.addSql(`alter table "supervision"."case_file_review" add constraint "case_file_review_batch_case_unique" unique ("batch_id", "case_id");`);

    this.addSql(`create table "supervision"."review_criteria_set" ("version" int not null, "title" text not null, "source" text not null, "items" jsonb not null, "finding_below" int not null, "created_at" timestamptz not null, "created_by" text not null, primary key ("version"));`);

    this.addSql(`create table "supervision"."review_sheet" ("id" uuid not null, "batch_id" uuid not null, "review_id" uuid not null, "reviewer_id" uuid not null, "reviewer_name" text not null, "scores" jsonb null, "total" int null, "submitted_at" timestamptz null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "review_sheet_batch_id_index" on "supervision"."review_sheet" ("batch_id");`);
    this.addSql(`create index "review_sheet_review_id_index" on "supervision"."review_sheet" ("review_id");`);
    this.addSql(`alter table "supervision"."review_sheet" add constraint "review_sheet_review_reviewer_unique" unique ("review_id", "reviewer_id");`);

    this.addSql(`create table "supervision"."supervision_opinion" ("id" uuid not null, "number" text not null, "year" int not null, "seq" int not null, "batch_id" uuid not null, "agency_id" uuid not null, "agency_name" text not null, "issuer_id" uuid not null, "issuer_name" text not null, "findings" jsonb not null, "requirements" text not null, "issued_on" date not null, "issued_at" timestamptz not null, "issued_by" text not null, "issued_by_id" uuid null, "due_on" date not null, "provisional" boolean not null, "rule" text not null, "calendar_basis" text not null, "period" jsonb not null, "status" text not null default 'ISSUED', "reports" jsonb not null, "escalated_to_notice_id" uuid null, "escalated_notice_number" text null, "escalated_at" timestamptz null, "updated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "supervision_opinion_batch_id_index" on "supervision"."supervision_opinion" ("batch_id");`);
    this.addSql(`create index "supervision_opinion_agency_id_index" on "supervision"."supervision_opinion" ("agency_id");`);
    this.addSql(`create index "supervision_opinion_status_due_index" on "supervision"."supervision_opinion" ("status", "due_on");`);
    this.addSql(`alter table "supervision"."supervision_opinion" add constraint "supervision_opinion_number_unique" unique ("issuer_id", "year", "seq");`);
    this.addSql(`alter table "supervision"."supervision_opinion" add constraint "supervision_opinion_batch_agency_unique" unique ("batch_id", "agency_id");`);

    this.addSql(`alter table "supervision"."case_review_batch" add constraint "case_review_batch_status_check" check ("status" in ('OPEN', 'CONCLUDED'));`);

    this.addSql(`alter table "supervision"."case_file_review" add constraint "case_file_review_batch_id_foreign" foreign key ("batch_id") references "supervision"."case_review_batch" ("id") deferrable initially deferred;`);

    this.addSql(`alter table "supervision"."review_sheet" add constraint "review_sheet_review_id_foreign" foreign key ("review_id") references "supervision"."case_file_review" ("id") deferrable initially deferred;`);

    this.addSql(`alter table "supervision"."supervision_opinion" add constraint "supervision_opinion_status_check" check ("status" in ('ISSUED', 'REPORTED', 'MENDED'));`);

    // 评查标准第1版 (003 第15条; 004 第九条), as data: a later version is a new row, this one never changes.
    this.addSql(`insert into "supervision"."review_criteria_set" ("version", "title", "source", "items", "finding_below", "created_at", "created_by") values (1, '行政执法案卷评查标准（第1版）', '003 第15条（执法主体、权限、内容、程序、执法决定、重要制度落实）；004 第九条（监督内容）', '[{"code":"SUBJECT","name":"执法主体","maxScore":15,"description":"执法主体资格合法（004 第十条）；承办人员持有效行政执法证、在法定领域和区域内执法，不少于两人（004 第十一条，003 第4条）"},{"code":"AUTHORITY","name":"执法权限","maxScore":15,"description":"事项在本单位执法事项清单内，未超越法定职权、管辖和范围（004 第三条、第十二条）"},{"code":"CONTENT","name":"执法内容","maxScore":20,"description":"事实清楚、证据确凿，适用法律依据正确，裁量适当（004 第九条（三）、第十三条）"},{"code":"PROCEDURE","name":"执法程序","maxScore":20,"description":"立案、调查取证、告知、陈述申辩、听证、送达等环节依法定程序进行，期限符合规定（000 二（四））"},{"code":"DECISION","name":"执法决定","maxScore":15,"description":"决定合法、适当，文书要素齐全、表述规范，告知救济途径（004 第二十三条（二））"},{"code":"SYSTEMS","name":"制度落实","maxScore":15,"description":"落实行政执法公示、全过程记录、重大执法决定法制审核制度，按时备案（004 第十四条至第十六条、第十九条）"}]'::jsonb, 60, '2026-12-07T00:00:00Z', '系统初始化（003 第15条）') on conflict do nothing;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "supervision"."case_file_review" drop constraint "case_file_review_batch_id_foreign";`);
    this.addSql(`alter table "supervision"."review_sheet" drop constraint "review_sheet_review_id_foreign";`);

    this.addSql(`drop table if exists "supervision"."case_review_batch" cascade;`);
    this.addSql(`drop table if exists "supervision"."case_file_review" cascade;`);
    this.addSql(`drop table if exists "supervision"."review_criteria_set" cascade;`);
    this.addSql(`drop table if exists "supervision"."review_sheet" cascade;`);
    this.addSql(`drop table if exists "supervision"."supervision_opinion" cascade;`);
  }

}
