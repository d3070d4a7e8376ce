import { phrases } from './phrases.ts';

/**
 * Perception markers: the objective asks for how something is seen, where the thing itself
 * (safety, quality) may be what the customer wants.
 */
export const PERCEPTION_PHRASES = phrases(
  'perception',
  'perceive',
  'perceived',
  'image',
  'awareness',
  'aware',
  'reputation',
  'seen as',
  'viewed as',
  'regarded as',
  'recognized as',
  'recognised as',
  'known as',
  'known for',
  'sense of',
  'feeling of',
  'feel',
  'feels',
  'confidence in',
  'confident',
  'impression',
  'visibility',
  'visible',
  'recognition',
  'considered',
  'thought of as',
  'believe',
  'reassured',
  'peace of mind',
  'brand awareness',
  'appear',
  'look',
  'regard',
);

/**
 * "Brand image", "brand reputation": the brand is itself a value attribute (image), so this is no
 * finding. Only for these two words: "brand awareness" and "brand perception" still are.
 */
export const PERCEPTION_EXEMPT_BEFORE = new Set(['brand', 'corporate']);
export const BRAND_ATTRIBUTES = new Set(['image', 'reputation']);
/** "With regard to", "in regard to" are not about perception. */
export const NOT_PERCEPTION_BEFORE = new Set(['with', 'in']);
/** "Image quality" of a camera or scanner is substance, not perception. */
export const PERCEPTION_EXEMPT_AFTER = new Set(['quality', 'resolution', 'processing']);
