import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ApiErrorBody, ApiErrorCode } from '../errors.ts';
import { API_ERROR_STATUS } from '../errors.ts';

/**
 * Errors Node's HTTP parser raises before Fastify sees a request — headers over 16 KB, a
 * request that does not arrive within the timeouts, bytes that are not HTTP — answered in the
 * one error shape. Node gives only the socket here, so the response is written by hand.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [code, message] = describe(error.code);
  const status = API_ERROR_STATUS[code];
  const body: ApiErrorBody = { error: { code, message, path: '' } };
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(text)}\r\n` +
        `Connection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}

function describe(code: string | undefined): readonly [ApiErrorCode, string] {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return ['REQUEST_TIMEOUT', 'the request did not arrive in time; send it again'];
    case 'HPE_HEADER_OVERFLOW':
      return ['HEADERS_TOO_LARGE', 'the request headers are larger than 16 KB'];
    default:
      return ['VALIDATION', 'the request is not valid HTTP'];
  }
}
