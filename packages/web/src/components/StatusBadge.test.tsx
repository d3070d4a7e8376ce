import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { StatusBadge } from './StatusBadge.tsx';

describe('StatusBadge', () => {
  it('says the status in words and with the score, not by colour alone', () => {
    renderWithProviders(<StatusBadge status="red" score={0.32} />);
    const badge = screen.getByText(/Off track · 32%/);
    expect(badge.closest('[data-status]')?.getAttribute('data-status')).toBe('red');
  });

  it('shows "No data" for a node without a score', () => {
    renderWithProviders(<StatusBadge status="none" score={null} />);
    expect(screen.getByText('No data · –')).toBeTruthy();
  });
});
