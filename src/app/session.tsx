/**
 * Who is signed in, from the API's GET /me, for the header and for showing only the
 * controls a role may use. The API has the last word on every request; this only
 * spares people buttons that would be refused.
 *
 * - no-accounts: the API signs nobody in (the built-in demo, which never asks, or a
 *   third-party API that answers /me with 404 or not at all): no account is shown and
 *   nothing is hidden.
 * - checking: /me has not answered yet: controls beyond reading wait.
 * - signed-out: /me answered 401 (never signed in, or the session ended), with where
 *   to sign in when the server said.
 * - signed-in: the name, and the role and lead keys on each plan.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { joinUrl } from '../api/client';
import { isApiError } from '../api/errors';
import { usePlanQueries } from '../api/provider';
import type { Me } from '../api/schemas';
import { mayUpdateAction, roleAllows, type Permission, type PlanRole } from '../domain/roles';

export type Session =
  | { status: 'no-accounts' }
  | { status: 'checking' }
  | { status: 'signed-out'; signInUrl: string | undefined }
  | { status: 'signed-in'; me: Me; signOutUrl: string };

const SessionContext = createContext<Session>({ status: 'no-accounts' });

export interface SessionProviderProps {
  /** False in demo mode: the demo's API has no accounts, so /me is never asked. */
  enabled: boolean;
  apiBaseUrl: string;
  children: ReactNode;
}

export function SessionProvider({ enabled, apiBaseUrl, children }: SessionProviderProps) {
  const queries = usePlanQueries();
  const queryClient = useQueryClient();
  const me = useQuery({ ...queries.me(), enabled });

  // A 401 on any request (a session that ended mid-use) makes "who is signed in" out of date.
  useEffect(() => {
    if (!enabled) return undefined;
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error' || event.query.queryKey[0] === 'me') return;
      const error: unknown = event.action.error;
      if (isApiError(error) && error.kind === 'unauthorized') void queryClient.invalidateQueries({ queryKey: ['me'] });
    });
  }, [enabled, queryClient]);

  let session: Session;
  if (!enabled) session = { status: 'no-accounts' };
  else if (isApiError(me.error) && me.error.kind === 'unauthorized') session = { status: 'signed-out', signInUrl: me.error.signInUrl };
  else if (me.data) session = { status: 'signed-in', me: me.data, signOutUrl: new URL('/auth/logout', joinUrl(apiBaseUrl, '')).toString() };
  else if (me.isPending) session = { status: 'checking' };
  else session = { status: 'no-accounts' };
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}

export interface PlanAccess {
  /** The role on the plan; undefined when the API has no accounts or the user has none there. */
  role: PlanRole | undefined;
  /** For a lead: the `lead` values of the actions that are theirs. */
  leadKeys: readonly string[];
  can(permission: Permission): boolean;
  /** `update-action` for one action: a lead only their own, an editor any. */
  mayUpdate(actionLead: string): boolean;
}

/** What the session allows on one plan. Pure, for the hook below and its tests. */
export function planAccess(session: Session, planId: string): PlanAccess {
  if (session.status === 'no-accounts') return { role: undefined, leadKeys: [], can: () => true, mayUpdate: () => true };
  const grant = session.status === 'signed-in' ? session.me.plans.find((plan) => plan.planId === planId) : undefined;
  const leadKeys = grant?.leadKeys ?? [];
  return {
    role: grant?.role,
    leadKeys,
    can: (permission) => grant !== undefined && roleAllows(grant.role, permission),
    mayUpdate: (actionLead) => mayUpdateAction(grant?.role, leadKeys, actionLead),
  };
}

export function usePlanAccess(planId: string): PlanAccess {
  return planAccess(useSession(), planId);
}

/** The role to show beside the name: on this plan; outside a plan, the role when it is the same on every plan. */
export function roleToShow(me: Me, planId: string | undefined): PlanRole | undefined {
  if (planId !== undefined) return me.plans.find((plan) => plan.planId === planId)?.role;
  const roles = new Set(me.plans.map((plan) => plan.role));
  return roles.size === 1 ? [...roles][0] : undefined;
}
