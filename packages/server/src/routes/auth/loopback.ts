import type { FastifyRequest } from 'fastify';
import { isLoopbackHost } from '../../exposure.ts';

/**
 * Whether the request came from this machine itself: its socket's peer is a loopback address
 * and no proxy forwarded it. The socket, not `request.ip`, because with --trust-proxy the latter
 * is whatever a header says; and a forwarding header means a proxy on this machine relays
 * someone else's request.
 */
export function cameOverLoopback(request: FastifyRequest): boolean {
  const peer = (request.raw.socket.remoteAddress ?? '').replace(/^::ffff:/i, '');
  if (!isLoopbackHost(peer)) return false;
  const headers = request.headers;
  return headers['x-forwarded-for'] === undefined && headers.forwarded === undefined;
}
