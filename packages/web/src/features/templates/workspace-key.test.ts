import { describe, expect, it } from 'vitest';
import { suggestWorkspaceKey } from './workspace-key.ts';

describe('suggestWorkspaceKey', () => {
  it('slugs the name', () => {
    expect(suggestWorkspaceKey('St. Brigid Hospice', [])).toBe('st-brigid-hospice');
  });

  it('adds a number when the key is taken', () => {
    expect(suggestWorkspaceKey('Lab', ['lab', 'lab-2'])).toBe('lab-3');
  });

  it('falls back to "workspace" for a name without letters or digits', () => {
    expect(suggestWorkspaceKey('!!!', ['workspace'])).toBe('workspace-2');
  });
});
