/** A printed table's rows as their trimmed cells, borders dropped (for asserting on the CLI's tables). */
export const tableRows = (table: string): string[][] =>
  table
    .split('\n')
    .filter((line) => line.startsWith('│'))
    .map((line) =>
      line
        .split('│')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
