import 'reflect-metadata';

export * from './env.js';
export * from './errors.js';
export * from './log.js';
export * from './identity.js';
export * from './ids.js';
export * from './db.js';
export * from './context.js';
export * from './subgraph.js';
export * from './pagination.js';
export * from './postgres.js';
export * from './calendar/index.js';
export * from './seed.js';
export * from './clock-env.js';
export * from './main.js';
export * from './validation.js';
export * from './loaders.js';
export * from './subgraph-client.js';
