/**
 * Who is signed in, and the sign-in, members and tokens endpoints. Sign-in answers replace the
 * cached `me`, so every permission check (useCan) follows at once.
 */
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationResult,
  type UseQueryResult,
} from '@tanstack/react-query';
import { request } from './client.ts';
import { paths } from './paths.ts';
import type {
  AccessSubject,
  ApiTokenRecord,
  AuthConfig,
  CreatedToken,
  Member,
  Role,
  TokenScope,
} from './auth-types.ts';

export const authKeys = {
  config: () => ['auth', 'config'] as const,
  me: () => ['auth', 'me'] as const,
  tokens: () => ['auth', 'tokens'] as const,
  members: (ws: string) => ['ws', ws, 'members'] as const,
};

export function useAuthConfig(): UseQueryResult<AuthConfig> {
  return useQuery({
    queryKey: authKeys.config(),
    queryFn: ({ signal }) => request<AuthConfig>(paths.authConfig(), { signal }),
    staleTime: 60_000,
  });
}

export function useMe(): UseQueryResult<AccessSubject> {
  return useQuery({
    queryKey: authKeys.me(),
    queryFn: ({ signal }) => request<{ me: AccessSubject }>(paths.me(), { signal }).then(meOf),
    staleTime: 60_000,
  });
}

/** The server answers `{me}`; accept a bare subject too, so both shapes read the same. */
function meOf(answer: { me: AccessSubject } | AccessSubject): AccessSubject {
  return 'me' in answer ? answer.me : answer;
}

/** A mutation whose answer is the signed-in subject: everything cached was someone else's. */
function useSignInMutation<TVars>(
  send: (vars: TVars) => Promise<{ me: AccessSubject }>,
): UseMutationResult<AccessSubject, Error, TVars> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: TVars) => send(vars).then(meOf),
    onSuccess: (me) => {
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      client.setQueryData(authKeys.me(), me);
      void client.invalidateQueries({ queryKey: authKeys.config() });
    },
  });
}

export interface LoginVars {
  readonly email: string;
  readonly password: string;
}

export function useLogin() {
  return useSignInMutation((body: LoginVars) =>
    request<{ me: AccessSubject }>(paths.login(), { method: 'POST', body }),
  );
}

export interface SetupVars {
  readonly email: string;
  readonly name: string;
  readonly password: string;
}

export function useSetup() {
  return useSignInMutation((body: SetupVars) =>
    request<{ me: AccessSubject }>(paths.setup(), { method: 'POST', body }),
  );
}

export interface LinkVars {
  readonly secret: string;
  readonly password?: string;
}

export function useSignInLink() {
  return useSignInMutation((body: LinkVars) =>
    request<{ me: AccessSubject }>(paths.signInLink(), { method: 'POST', body }),
  );
}

export function useLogout(): UseMutationResult<undefined, Error, undefined> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request<undefined>(paths.logout(), { method: 'POST' }),
    onSuccess: () => client.clear(),
  });
}

export interface PasswordVars {
  readonly current: string;
  readonly password: string;
}

export function useChangePassword(): UseMutationResult<undefined, Error, PasswordVars> {
  return useMutation({
    mutationFn: (body: PasswordVars) =>
      request<undefined>(paths.password(), { method: 'POST', body }),
  });
}

export function useMembers(ws: string): UseQueryResult<readonly Member[]> {
  return useQuery({
    queryKey: authKeys.members(ws),
    queryFn: ({ signal }) =>
      request<{ members: Member[] }>(paths.members(ws), { signal }).then((r) => r.members),
  });
}

export interface PutMemberVars {
  readonly email: string;
  readonly role: Role;
  readonly scorecards: readonly string[] | null;
}

export function usePutMember(ws: string): UseMutationResult<unknown, Error, PutMemberVars> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ email, role, scorecards }: PutMemberVars) =>
      request<unknown>(paths.member(ws, email), { method: 'PUT', body: { role, scorecards } }),
    onSettled: () => client.invalidateQueries({ queryKey: authKeys.members(ws) }),
  });
}

export function useRemoveMember(ws: string): UseMutationResult<undefined, Error, string> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (email: string) =>
      request<undefined>(paths.member(ws, email), { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: authKeys.members(ws) }),
  });
}

export function useTokens(): UseQueryResult<readonly ApiTokenRecord[]> {
  return useQuery({
    queryKey: authKeys.tokens(),
    queryFn: ({ signal }) =>
      request<{ tokens: ApiTokenRecord[] }>(paths.tokens(), { signal }).then((r) => r.tokens),
  });
}

export interface CreateTokenVars {
  readonly name: string;
  readonly scope: TokenScope;
  readonly expiresAt?: string;
}

export function useCreateToken(): UseMutationResult<CreatedToken, Error, CreateTokenVars> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateTokenVars) =>
      request<CreatedToken>(paths.tokens(), { method: 'POST', body }),
    onSettled: () => client.invalidateQueries({ queryKey: authKeys.tokens() }),
  });
}

export function useRevokeToken(): UseMutationResult<undefined, Error, string> {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<undefined>(paths.token(id), { method: 'DELETE' }),
    onSettled: () => client.invalidateQueries({ queryKey: authKeys.tokens() }),
  });
}
