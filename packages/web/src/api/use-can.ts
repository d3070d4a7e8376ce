/**
 * What the signed-in person may do, decided by core's access rules (the same ones the server
 * enforces), so the web app hides or disables exactly what the server would refuse.
 */
import { decideAccess, type AccessAction, type AccessTarget } from '@bearing/core';
import { useMe } from './auth.ts';

export interface Can {
  readonly allowed: boolean;
  /** Why not, as a tooltip: "Needs the editor role". Null when allowed. */
  readonly reason: string | null;
}

/** While `me` loads the answer is "allowed": the server still enforces, and nothing flickers. */
export function useCan(action: AccessAction, target: AccessTarget): Can {
  const me = useMe().data;
  if (!me) return { allowed: true, reason: null };
  const decision = decideAccess(me, action, target);
  if (decision.allowed) return { allowed: true, reason: null };
  return {
    allowed: false,
    reason: decision.roleNeeded
      ? `Needs the ${decision.roleNeeded} role`
      : sentence(decision.message),
  };
}

function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
