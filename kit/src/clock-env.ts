import { env } from './env.js';
import { fixedClock, systemClock, type Clock } from './calendar/index.js';

/** The process clock: pinned by CLOCK_NOW (tests, demos), otherwise the system clock. */
export function clockFromEnv(): Clock {
  const pinned = env().clockNow;
  return pinned ? fixedClock(pinned) : systemClock;
}
