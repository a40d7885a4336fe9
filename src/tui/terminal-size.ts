import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

const FALLBACK_SIZE = { columns: 80, rows: 24 };

/** The terminal's size, following resizes. */
export function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = (): { columns: number; rows: number } => {
    // the real height, when Ink draws through terminal.ts's drawingStream
    const rows = (stdout as { terminalRows?: number }).terminalRows ?? stdout.rows;
    return { columns: stdout.columns > 0 ? stdout.columns : FALLBACK_SIZE.columns, rows: rows > 0 ? rows : FALLBACK_SIZE.rows };
  };
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return size;
}
