// The migrations of this subgraph, in order. `npm run migration:create -- supervision` adds to this list.
import { Migration20261124002311 } from './Migration20261124002311.js';
import { Migration20261202142812_agency_projection } from './Migration20261202142812_agency_projection.js';
import { Migration20261202153122_agency_rev } from './Migration20261202153122_agency_rev.js';
import { Migration20261202160606_agency_confirmed } from './Migration20261202160606_agency_confirmed.js';
import { Migration20261207232246_documents } from './Migration20261207232246_documents.js';
import { Migration20261207233950_sanctions } from './Migration20261207233950_sanctions.js';
import { Migration20261207234100_notices } from './Migration20261207234100_notices.js';
import { Migration20261207234133_complaint_workflow } from './Migration20261207234133_complaint_workflow.js';
import { Migration20261207234444_onsite } from './Migration20261207234444_onsite.js';
import { Migration20261207234916_reviews } from './Migration20261207234916_reviews.js';

export const migrations = [
  { name: 'Migration20261124002311', class: Migration20261124002311 },
  { name: 'Migration20261202142812_agency_projection', class: Migration20261202142812_agency_projection },
  { name: 'Migration20261202153122_agency_rev', class: Migration20261202153122_agency_rev },
  { name: 'Migration20261202160606_agency_confirmed', class: Migration20261202160606_agency_confirmed },
  { name: 'Migration20261207232246_documents', class: Migration20261207232246_documents },
  { name: 'Migration20261207233950_sanctions', class: Migration20261207233950_sanctions },
  { name: 'Migration20261207234100_notices', class: Migration20261207234100_notices },
  { name: 'Migration20261207234133_complaint_workflow', class: Migration20261207234133_complaint_workflow },
  { name: 'Migration20261207234444_onsite', class: Migration20261207234444_onsite },
  { name: 'Migration20261207234916_reviews', class: Migration20261207234916_reviews },
];
