import { useEffect, useState } from 'preact/hooks';

/**
 * A notice in a status region (read out politely). Screen readers announce what changes in a
 * region they already know, not what a new region holds when it appears: so the region is always
 * drawn, and a message that arrives with a new screen is written into it right after.
 */
export function StatusNotice({ message }: { message: string | undefined }) {
  const [shown, setShown] = useState<string | undefined>();
  useEffect(() => setShown(message), [message]);
  return (
    <p class="notice" role="status">
      {shown}
    </p>
  );
}
