import { principalOf } from '../../plugins/access.ts';
import { createToken, listTokens, revokeToken } from '../../services/token.service.ts';
import type { App, RouteDeps } from '../../types.ts';
import { noContent } from '../versioning.ts';
import {
  createTokenBody,
  createdToken,
  tokenErrors,
  tokenList,
  tokenParams,
} from './tokens.schema.ts';

/** The signed-in person's own API tokens (docs/access.md, API tokens). */
export function tokenRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['tokens'],
        summary: 'your API tokens, newest first, with last use; revoked ones included',
        response: { 200: tokenList },
      },
    },
    async (request) => ({ tokens: await listTokens(db, principalOf(request)) }),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['tokens'],
        summary: 'create an API token; the answer holds the token itself, shown this once',
        body: createTokenBody,
        response: { 201: createdToken, ...tokenErrors },
      },
    },
    async (request, reply) => {
      const created = await createToken(db, principalOf(request), request.body, deps.now());
      return reply.status(201).send(created);
    },
  );

  app.delete(
    '/api/tokens/:token',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['tokens'],
        summary: 'revoke one of your API tokens (it stays listed as revoked)',
        params: tokenParams,
        response: { 204: noContent, ...tokenErrors },
      },
    },
    async (request, reply) => {
      await revokeToken(db, principalOf(request), request.params.token, deps.now());
      return reply.status(204).send(null);
    },
  );
}
