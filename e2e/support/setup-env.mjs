// Every test process: test mode, quiet logs, and the clock pinned by each test that needs it.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'fatal';
