/**
 * The word shown with the 0–100 quality score. Thresholds: Good from 85 (a few warnings at most),
 * Fair from 60, Poor below. On a map of ten objectives one error costs 7.5 points and one warning
 * 3 (docs/linting.md), so "Good" allows about five warnings and no errors.
 */
export type QualityLevel = 'good' | 'fair' | 'poor';

export const GOOD_FROM = 85;
export const FAIR_FROM = 60;

export function qualityLevel(score: number): QualityLevel {
  if (score >= GOOD_FROM) return 'good';
  if (score >= FAIR_FROM) return 'fair';
  return 'poor';
}

/** A category's level from its share of the budget, on the same scale. */
export function categoryLevel(score: number, budget: number): QualityLevel {
  return qualityLevel(budget > 0 ? (100 * score) / budget : 100);
}

export const QUALITY_LABEL: Readonly<Record<QualityLevel, string>> = {
  good: 'Good',
  fair: 'Fair',
  poor: 'Poor',
};

export const QUALITY_COLOR: Readonly<Record<QualityLevel, string>> = {
  good: 'teal',
  fair: 'yellow',
  poor: 'red',
};

/** "75.9" → "76"; the exact figure goes in a tooltip or label. */
export function formatQuality(score: number): string {
  return String(Math.round(score));
}

/** Points as the report gives them, one decimal at most: 3, 1.8, 0.4. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}
