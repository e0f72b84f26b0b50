// The migrations of this subgraph, in order. `npm run migration:create -- cases` adds to this list.
import { Migration20261124002308 } from './Migration20261124002308.js';
import { Migration20261202142758_agency_projection } from './Migration20261202142758_agency_projection.js';
import { Migration20261202153111_agency_rev } from './Migration20261202153111_agency_rev.js';
import { Migration20261202160558_matters } from './Migration20261202160558_matters.js';
import { Migration20261202171605_cases } from './Migration20261202171605_cases.js';
import { Migration20261202172039_record } from './Migration20261202172039_record.js';
import { Migration20261202172049_challenges } from './Migration20261202172049_challenges.js';
import { Migration20261202172153_publicity } from './Migration20261202172153_publicity.js';
import { Migration20261207234230_corrections } from './Migration20261207234230_corrections.js';

export const migrations = [
  { name: 'Migration20261124002308', class: Migration20261124002308 },
  { name: 'Migration20261202142758_agency_projection', class: Migration20261202142758_agency_projection },
  { name: 'Migration20261202153111_agency_rev', class: Migration20261202153111_agency_rev },
  { name: 'Migration20261202160558_matters', class: Migration20261202160558_matters },
  { name: 'Migration20261202171605_cases', class: Migration20261202171605_cases },
  { name: 'Migration20261202172039_record', class: Migration20261202172039_record },
  { name: 'Migration20261202172049_challenges', class: Migration20261202172049_challenges },
  { name: 'Migration20261202172153_publicity', class: Migration20261202172153_publicity },
  { name: 'Migration20261207234230_corrections', class: Migration20261207234230_corrections },
];
