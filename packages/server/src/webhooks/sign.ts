import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a receiver knows a webhook came from this server and was not replayed: the header carries
 * the sending time and an HMAC-SHA256 over "<time>.<body>" keyed with the webhook's secret.
 * Signing the time with the body means an old request cannot be resent with a new time.
 */

export const SIGNATURE_HEADER = 'Bearing-Signature';
export const EVENT_HEADER = 'Bearing-Event';
export const DELIVERY_HEADER = 'Bearing-Delivery';
export const WEBHOOK_USER_AGENT = 'Bearing-Webhooks';
/** How far the signed time may be from the receiver's clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

const hmac = (secret: string, timestampSeconds: number, body: string) =>
  createHmac('sha256', secret)
    .update(`${String(timestampSeconds)}.${body}`)
    .digest('hex');

/** The `Bearing-Signature` value: `t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signPayload(secret: string, timestampSeconds: number, body: string): string {
  return `t=${String(timestampSeconds)},v1=${hmac(secret, timestampSeconds, body)}`;
}

/**
 * True when the header signs this body with this secret at a time within the tolerance. Any
 * `v1` in the header may match (several are sent while a secret is being rotated).
 */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): boolean {
  const parts = header.split(',').map((p) => p.trim());
  const t = parts.find((p) => p.startsWith('t='))?.slice(2);
  if (t === undefined || !/^\d{1,12}$/.test(t)) return false;
  const timestamp = Number(t);
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  return parts
    .filter((p) => p.startsWith('v1='))
    .some((p) => {
      const given = Buffer.from(p.slice(3), 'hex');
      // timingSafeEqual throws on different lengths; a length says nothing about the key.
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
