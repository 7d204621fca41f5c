import { en } from '../text/en';

/** A claim's status, as words (colour only repeats what the text says). */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`status status-${status}`} data-status={status}>
      {en.statuses[status] ?? status}
    </span>
  );
}
