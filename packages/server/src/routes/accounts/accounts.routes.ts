import { listAccounts } from '@bearing/db';
import type { FastifyRequest } from 'fastify';
import {
  accountOf,
  addAccount,
  changeAccount,
  deleteAccount,
} from '../../services/account.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { noContent } from '../versioning.ts';
import {
  account,
  accountErrors,
  accountList,
  accountParams,
  createAccountBody,
  createdAccount,
  updateAccountBody,
} from './accounts.schema.ts';

/** The one-time link the new account's person opens to set a password (web app: /sign-in/link). */
const signInLink = (request: FastifyRequest, secret: string) =>
  `${request.protocol}://${request.host}/sign-in/link#${secret}`;

/** Accounts of this Bearing server: instance administrators only (docs/access.md). */
export function accountRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/accounts',
    {
      config: { access: 'instance.admin' },
      schema: {
        tags: ['accounts'],
        summary: 'every account, by email',
        response: { 200: accountList },
      },
    },
    async () => ({ accounts: await listAccounts(db) }),
  );

  app.post(
    '/api/accounts',
    {
      config: { access: 'instance.admin' },
      schema: {
        tags: ['accounts'],
        summary:
          'create an account (the first one turns on accounts mode); without a password the answer has a one-time sign-in link',
        body: createAccountBody,
        response: { 201: createdAccount, ...accountErrors },
      },
    },
    async (request, reply) => {
      const { account: created, linkSecret } = await addAccount(db, request.body, deps.now());
      const link = linkSecret === null ? {} : { signInLink: signInLink(request, linkSecret) };
      return reply.status(201).send({ account: created, ...link });
    },
  );

  app.get(
    '/api/accounts/:account',
    {
      config: { access: 'instance.admin' },
      schema: {
        tags: ['accounts'],
        summary: 'one account, by id or email',
        params: accountParams,
        response: { 200: account, ...accountErrors },
      },
    },
    (request) => accountOf(db, request.params.account),
  );

  app.patch(
    '/api/accounts/:account',
    {
      config: { access: 'instance.admin' },
      schema: {
        tags: ['accounts'],
        summary: 'rename, make or unmake an instance administrator, disable or enable an account',
        params: accountParams,
        body: updateAccountBody,
        response: { 200: account, ...accountErrors },
      },
    },
    (request) => changeAccount(db, request.params.account, request.body),
  );

  app.delete(
    '/api/accounts/:account',
    {
      config: { access: 'instance.admin' },
      schema: {
        tags: ['accounts'],
        summary:
          'remove an account with its memberships, sessions and tokens; its changes stay as "former member"',
        params: accountParams,
        response: { 204: noContent, ...accountErrors },
      },
    },
    async (request, reply) => {
      await deleteAccount(db, request.params.account);
      return reply.status(204).send(null);
    },
  );
}
