// The migrations of this subgraph, in order. `npm run migration:create -- cases` adds to this list.
import { Migration20261124002308 } from './Migration20261124002308.js';

export const migrations = [
  { name: 'Migration20261124002308', class: Migration20261124002308 },
];
