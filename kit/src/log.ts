/** Structured JSON logs (pino), one logger per process, child loggers per request. */
import { pino } from 'pino';
import { env } from './env.js';

export const logger = pino({
  level: env().logLevel,
  base: { pid: process.pid },
  redact: { paths: ['req.headers.authorization', '*.password', '*.idNumber', 'password', 'token'], censor: '[redacted]' },
});

export function serviceLogger(service: string) {
  return logger.child({ service });
}
