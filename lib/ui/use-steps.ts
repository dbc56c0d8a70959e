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
  const running = (step: S) => action.busy && current === step;
  return {
    ...action,
    running,
    /** What a BusyButton that runs `step` on click needs: every other step blocks it. */
    buttonFor: (step: S) => ({ busy: running(step), blocked: action.busy, onClick: () => void action.run(step) }),
  };
}
