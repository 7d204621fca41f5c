import { useState } from 'react';
import { en } from '../text/en';

/** Where a cursor-paged list stands: the cursors of the pages read so far, the last one being shown. */
export interface CursorPages {
  cursor: string | undefined;
  onFirstPage: boolean;
  restart(): void;
  advance(next: string): void;
}

export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return {
    cursor: cursors.at(-1),
    onFirstPage: cursors.length === 1,
    restart: () => setCursors([undefined]),
    advance: (next) => setCursors([...cursors, next]),
  };
}

/** "First page" once past it, "More" while the API gives a next cursor. */
export function Pager({ pages, nextCursor }: { pages: CursorPages; nextCursor: string | null | undefined }) {
  return (
    <div className="pager">
      {pages.onFirstPage ? null : (
        <button type="button" onClick={pages.restart}>
          {en.list.first}
        </button>
      )}
      {nextCursor ? (
        <button type="button" onClick={() => pages.advance(nextCursor)}>
          {en.list.more}
        </button>
      ) : null}
    </div>
  );
}
