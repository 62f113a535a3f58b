/**
 * Stops cleanly on SIGINT and SIGTERM, and, when `npm start` launched this process (over an IPC
 * channel), also when the hub goes away without stopping it (killed with SIGKILL): no orphans.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const once = () => {
    if (stopping) return;
    stopping = true;
    void stop();
  };
  process.once('SIGINT', once);
  process.once('SIGTERM', once);
  if (process.send) process.once('disconnect', once);
}
