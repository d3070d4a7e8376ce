import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import type { Finding } from '../../api/types.ts';
import type { FixContext } from './fix-context.ts';
import { decideFix } from './fix-decision.ts';
import type { FixPlan } from './fix-plan.ts';
import { findingKey } from './lint-report.ts';
import type { MoveFix } from './move-target.ts';
import { useApplyFix } from './use-apply-fix.ts';
import { useFixContext } from './use-fix-context.ts';

export interface MoveChoice {
  readonly key: string;
  readonly fix: MoveFix;
  readonly target: string | null;
}

export interface FixFlow {
  readonly context: FixContext | null;
  readonly contextError: Error | null;
  readonly running: string | null;
  /** Starts the finding's fix: applies it, or opens the move dialog. */
  readonly start: (finding: Finding) => void;
  readonly choice: MoveChoice | null;
  readonly setTarget: (target: string | null) => void;
  readonly confirm: (plan: FixPlan) => void;
  readonly cancel: () => void;
}

/** The Fix buttons' behaviour, shared by the panel and the page. */
export function useFixFlow(
  ws: string,
  sc: string,
  onSelectObjective: (id: string) => void,
): FixFlow {
  const { context, error } = useFixContext(ws, sc);
  const { apply, running } = useApplyFix(ws, sc, onSelectObjective);
  const [choice, setChoice] = useState<MoveChoice | null>(null);

  const start = useCallback(
    (finding: Finding) => {
      if (!finding.fix || !context || running) return;
      const key = findingKey(finding);
      const decision = decideFix(finding.fix, context);
      if (decision.action === 'apply') void apply(key, decision.plan);
      else if (decision.action === 'choose')
        setChoice({ key, fix: decision.fix, target: decision.target });
      else notifications.show({ color: 'red', title: 'Fix not applied', message: decision.reason });
    },
    [context, running, apply],
  );
  const setTarget = useCallback(
    (target: string | null) => setChoice((c) => (c ? { ...c, target } : c)),
    [],
  );
  const confirm = useCallback(
    (plan: FixPlan) => {
      if (!choice) return;
      setChoice(null);
      void apply(choice.key, plan);
    },
    [choice, apply],
  );
  const cancel = useCallback(() => setChoice(null), []);
  return { context, contextError: error, running, start, choice, setTarget, confirm, cancel };
}
