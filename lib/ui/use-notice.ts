import { useEffect, useRef, useState } from 'preact/hooks';

export interface Notices {
  /** The notice on screen, for a StatusNotice. */
  notice: string | undefined;
  /** A notice that stays until the next one. */
  show: (text: string) => void;
  /** A notice that goes away by itself after `ms` (unless another took its place). */
  showFor: (text: string, ms: number) => void;
}

/**
 * The notice of a screen. One that passes is written again after a blank, even when its text is the
 * same as before (the same code copied twice): a screen reader announces a status region's change,
 * and an unchanged text is none.
 */
export function useNotices(initial?: string): Notices {
  const [notice, setNotice] = useState<string | undefined>(initial);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const stopTimers = () => {
    for (const timer of timers.current) clearTimeout(timer);
    timers.current = [];
  };
  useEffect(() => stopTimers, []);

  const show = (text: string) => {
    stopTimers();
    setNotice(text);
  };
  const showFor = (text: string, ms: number) => {
    stopTimers();
    setNotice(undefined);
    timers.current = [
      setTimeout(() => setNotice(text), 50),
      setTimeout(() => setNotice((shown) => (shown === text ? undefined : shown)), 50 + ms),
    ];
  };
  return { notice, show, showFor };
}
