export * from './event.js';
export * from './consumer.js';
export * from './queue.js';
export * from './agency-projection.js';
export * from './supervision-events.js';
