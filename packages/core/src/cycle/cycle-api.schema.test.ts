import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CYCLE_SETTINGS,
  SUBSCRIBABLE_EVENTS,
  cycleSettingsSchema,
  markReadBodySchema,
  webhookBodySchema,
} from './cycle-api.schema.ts';

describe('the update cycle wire schemas', () => {
  it('accepts the default cycle settings and refuses a digest day a short month lacks', () => {
    expect(cycleSettingsSchema.parse(DEFAULT_CYCLE_SETTINGS)).toEqual(DEFAULT_CYCLE_SETTINGS);
    const bad = cycleSettingsSchema.safeParse({ ...DEFAULT_CYCLE_SETTINGS, digestDay: 31 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['digestDay']);
  });

  it('asks for ids or all when marking notifications read', () => {
    expect(markReadBodySchema.safeParse({ all: true }).success).toBe(true);
    const empty = markReadBodySchema.safeParse({});
    expect(empty.error?.issues[0]).toMatchObject({ path: ['ids'] });
    expect(empty.error?.issues[0]?.message).toMatch(/ids .* or all: true/);
  });

  it('takes only http(s) webhook URLs and at least one event, never the test event', () => {
    expect(SUBSCRIBABLE_EVENTS).not.toContain('test');
    const ok = webhookBodySchema.parse({
      url: 'https://hooks.example.com/b',
      events: ['value.written'],
    });
    expect(ok).toMatchObject({ description: '', active: true });
    const ftp = webhookBodySchema.safeParse({
      url: 'ftp://example.com/x',
      events: ['value.written'],
    });
    expect(ftp.error?.issues[0]).toMatchObject({
      path: ['url'],
      message: 'expected an http:// or https:// URL',
    });
    const none = webhookBodySchema.safeParse({ url: 'https://example.com', events: [] });
    expect(none.error?.issues[0]).toMatchObject({
      path: ['events'],
      message: 'choose at least one event',
    });
    const testEvent = webhookBodySchema.safeParse({ url: 'https://example.com', events: ['test'] });
    expect(testEvent.success).toBe(false);
  });
});
