/** gateway — bootstrap only. */
import { clockFromEnv, env, logger } from '@jiandu/kit';
import { startGateway } from './server.js';

const clock = clockFromEnv();
try {
  const gw = await startGateway(env(), () => clock.now());
  const stop = async () => {
    await gw.stop();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (e) {
  logger.fatal({ err: e }, 'gateway failed to start');
  process.exit(1);
}
