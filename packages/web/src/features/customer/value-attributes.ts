import type { StakeholderKind, ValueAttribute } from '@bearing/core';

/**
 * Plain words for the value attributes and stakeholder kinds, so a reader who has never heard of
 * a "value proposition" still understands each column and badge.
 */
export const ATTRIBUTE_INFO: Readonly<Record<ValueAttribute, { label: string; plain: string }>> = {
  price: { label: 'Price', plain: 'What they pay, all in' },
  quality: { label: 'Quality', plain: 'It works, every time' },
  time: { label: 'Time', plain: 'Quick to buy, quick to arrive' },
  functionality: { label: 'Functionality', plain: 'It does more, or does it better' },
  availability: { label: 'Availability', plain: 'In stock and at hand when needed' },
  selection: { label: 'Selection', plain: 'A wide choice' },
  service: { label: 'Service', plain: 'Help and advice when they need it' },
  partnership: { label: 'Partnership', plain: 'A relationship: we know them and their business' },
  brand: { label: 'Brand', plain: 'An image they want to be part of' },
};

export const KIND_INFO: Readonly<
  Record<StakeholderKind, { label: string; plain: string; examples: string }>
> = {
  customer: {
    label: 'Customers',
    plain: 'Those who buy or use the product or service.',
    examples: 'Shoppers, patients, residents, client companies',
  },
  partner: {
    label: 'Partners',
    plain: 'Those who sell or serve for you: they are customers too.',
    examples: 'Dealers, distributors, sales representatives, resellers',
  },
  other: {
    label: 'Others',
    plain: 'Others whose needs the strategy must meet.',
    examples: 'Referring physicians, donors, volunteers, a regulator',
  },
};
