import { describe, expect, it } from 'vitest';
import { signPayload, verifySignature } from './sign.ts';

const SECRET = `whsec_${'ab'.repeat(32)}`;
const BODY = '{"id":"d1","event":"test","data":{}}';
const T = 1_796_385_600;

describe('webhook signatures', () => {
  it('signs "<t>.<body>" with HMAC-SHA256 and verifies its own signature', () => {
    const header = signPayload(SECRET, T, BODY);
    expect(header).toMatch(/^t=1796385600,v1=[0-9a-f]{64}$/);
    expect(verifySignature(SECRET, header, BODY, T)).toBe(true);
    expect(verifySignature(SECRET, header, BODY, T + 299)).toBe(true);
  });

  it('refuses a tampered body, another secret, and a garbled header', () => {
    const header = signPayload(SECRET, T, BODY);
    expect(verifySignature(SECRET, header, BODY.replace('test', 'tset'), T)).toBe(false);
    expect(verifySignature(`${SECRET}0`, header, BODY, T)).toBe(false);
    expect(verifySignature(SECRET, header.replace(/v1=../, 'v1='), BODY, T)).toBe(false);
    expect(verifySignature(SECRET, 'v1=00', BODY, T)).toBe(false);
    expect(verifySignature(SECRET, '', BODY, T)).toBe(false);
  });

  it('refuses a signature older (or newer) than the tolerance, even with the right HMAC', () => {
    const header = signPayload(SECRET, T, BODY);
    expect(verifySignature(SECRET, header, BODY, T + 301)).toBe(false);
    expect(verifySignature(SECRET, header, BODY, T - 301)).toBe(false);
    expect(verifySignature(SECRET, header, BODY, T + 3600, 7200)).toBe(true);
  });

  it('refuses a new time put on an old signature', () => {
    const old = signPayload(SECRET, T, BODY);
    const moved = old.replace(`t=${String(T)}`, `t=${String(T + 1000)}`);
    expect(verifySignature(SECRET, moved, BODY, T + 1000)).toBe(false);
  });
});
