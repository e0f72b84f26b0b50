// The migrations of this subgraph, in order. `npm run migration:create -- supervision` adds to this list.
import { Migration20261124002311 } from './Migration20261124002311.js';

export const migrations = [
  { name: 'Migration20261124002311', class: Migration20261124002311 },
];
