// The migrations of this subgraph, in order. `npm run migration:create -- personnel` adds to this list.
import { Migration20261124002305 } from './Migration20261124002305.js';
import { Migration20261124003628_lifecycle } from './Migration20261124003628_lifecycle.js';
import { Migration20261124010032_changelog } from './Migration20261124010032_changelog.js';
import { Migration20261202142414_reveal_reason } from './Migration20261202142414_reveal_reason.js';
import { Migration20261202142734_calendar } from './Migration20261202142734_calendar.js';
import { Migration20261202152405_calendar_package } from './Migration20261202152405_calendar_package.js';
import { Migration20261202152427_agency_tree_revision } from './Migration20261202152427_agency_tree_revision.js';
import { Migration20261202152733_event_seq } from './Migration20261202152733_event_seq.js';
import { Migration20261207233952_sanctions } from './Migration20261207233952_sanctions.js';

export const migrations = [
  { name: 'Migration20261124002305', class: Migration20261124002305 },
  { name: 'Migration20261124003628_lifecycle', class: Migration20261124003628_lifecycle },
  { name: 'Migration20261124010032_changelog', class: Migration20261124010032_changelog },
  { name: 'Migration20261202142414_reveal_reason', class: Migration20261202142414_reveal_reason },
  { name: 'Migration20261202142734_calendar', class: Migration20261202142734_calendar },
  { name: 'Migration20261202152405_calendar_package', class: Migration20261202152405_calendar_package },
  { name: 'Migration20261202152427_agency_tree_revision', class: Migration20261202152427_agency_tree_revision },
  { name: 'Migration20261202152733_event_seq', class: Migration20261202152733_event_seq },
  { name: 'Migration20261207233952_sanctions', class: Migration20261207233952_sanctions },
];
