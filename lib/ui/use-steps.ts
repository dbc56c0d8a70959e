import { useState } from 'preact/hooks';
import { useAction } from './use-action';

/**
 * One action at a time among the buttons of a screen: one error for all of them (the latest),
 * and which step runs, so only its button says it is busy.
 */
export function useSteps<S extends string>(perform: (step: S) => Promise<void>) {
  const [current, setCurrent] = useState<S | undefined>();
  const action = useAction(async (step: S) => {
    setCurrent(step);
    await perform(step);
  });
  return { ...action, running: (step: S) => action.busy && current === step };
}
