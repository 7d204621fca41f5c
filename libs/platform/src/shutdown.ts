/** For a process's entry point: on SIGINT or SIGTERM, run `close` once, then exit. */
export function closeOnSignals(close: () => Promise<void>): void {
  const stop = (signal: NodeJS.Signals) => {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`error while stopping on ${signal}:`, error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);
}
