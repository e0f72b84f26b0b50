// Bench data: N officers in the seed agency, each with a certificate and history, and a complaint for
// every fifth — written with set-based SQL straight into each owner's schema (fast, repeatable).
import pg from 'pg';

export async function generate(databaseUrl, agencyId, n) {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(`insert into personnel.officer (id, name, agency_id, list_seq, region, fields, duties, created_at, updated_at)
      select gen_random_uuid(), '压测人员' || g, $1, 1000 + g, '全疆', '{机关事务管理}', '{ENFORCEMENT}', now(), now() from generate_series(1, $2) g`, [agencyId, n]);
    await c.query(`insert into personnel.certificate (id, number, kind, officer_id, fields, region, issued_on, valid_until, created_at, updated_at)
      select gen_random_uuid(), 'B' || list_seq, 'ENFORCEMENT', id, fields, region, '2024-01-01', '2029-01-01', now(), now() from personnel.officer where list_seq > 1000`);
    await c.query(`insert into personnel.certificate_event (id, certificate_id, kind, effective_from, valid_until_after, provisional, recorded_at)
      select gen_random_uuid(), id, 'ISSUED', '2024-01-01', valid_until, false, now() from personnel.certificate where number like 'B%'`);
    await c.query(`insert into supervision.complaint (id, number, channel, anonymous, agency_id, officer_id, content, status, received_at, created_at)
      select gen_random_uuid(), 'BX-' || list_seq, 'LETTER', true, agency_id, id, '压测投诉', 'RECEIVED', now(), now() from personnel.officer where list_seq > 1000 and list_seq % 5 = 0`);
    await c.query('analyze');
  } finally {
    await c.end();
  }
}
