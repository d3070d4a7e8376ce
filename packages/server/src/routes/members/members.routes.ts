import type { App, RouteDeps } from '../../types.ts';
import { listMembers, removeMember, setMember } from '../../services/member.service.ts';
import { commonErrors, workspaceParams } from '../common.schema.ts';
import { noContent } from '../versioning.ts';
import { member, memberBody, memberErrors, memberList, memberParams } from './members.schema.ts';

/** The members of a workspace and their roles (docs/access.md, Roles): its administrators'. */
export function memberRoutes(app: App, deps: RouteDeps): void {
  const db = deps.db.db;

  app.get(
    '/api/workspaces/:ws/members',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags: ['members'],
        summary: 'the members of a workspace with their roles, by email',
        params: workspaceParams,
        response: { 200: memberList, ...commonErrors },
      },
    },
    async (request) => ({ members: await listMembers(db, request.params.ws) }),
  );

  app.put(
    '/api/workspaces/:ws/members/:email',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags: ['members'],
        summary:
          'add an account to the workspace (201) or change its role and scorecards (200); the account must exist',
        params: memberParams,
        body: memberBody,
        response: { 200: member, 201: member, ...memberErrors },
      },
    },
    async (request, reply) => {
      const { ws, email } = request.params;
      const { role, scorecards } = request.body;
      const result = await setMember(
        db,
        ws,
        email,
        { role, scorecards: scorecards ?? null },
        deps.now(),
      );
      return reply.status(result.created ? 201 : 200).send(result.member);
    },
  );

  app.delete(
    '/api/workspaces/:ws/members/:email',
    {
      config: { access: 'workspace.admin' },
      schema: {
        tags: ['members'],
        summary: 'remove a member from the workspace (the account stays)',
        params: memberParams,
        response: { 204: noContent, ...memberErrors },
      },
    },
    async (request, reply) => {
      await removeMember(db, request.params.ws, request.params.email);
      return reply.status(204).send(null);
    },
  );
}
