/**
 * The strategy templates shipped with Bearing: name (the file under templates/), title and a
 * one-line description for `bearing templates list` and the web gallery. Pure data, so tests and
 * docs can read it.
 */
export interface TemplateEntry {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /**
   * The sectors it is an example of (ids of core's SECTOR_IDS) and the value disciplines its
   * value propositions choose: what core's `suggestTemplates` matches wizard answers against.
   */
  readonly sectors: readonly string[];
  readonly disciplines: readonly string[];
}

export const TEMPLATE_CATALOG: readonly TemplateEntry[] = [
  {
    name: 'customer-perspective',
    title: 'Generic customer perspective',
    description:
      'Umbrellas for high-value customers and win-win partner relations, supported by product quality, shopping experience, price and delivery, and partner needs',
    sectors: ['retail'],
    disciplines: [],
  },
  {
    name: 'best-total-cost',
    title: 'Best total cost (discount grocer)',
    description:
      'Dependable quality at the lowest total price, delivered by lean, standardised operations',
    sectors: ['retail'],
    disciplines: ['best-total-cost'],
  },
  {
    name: 'product-leadership',
    title: 'Product leadership (outdoor equipment)',
    description:
      'Products that outperform the alternatives and arrive first, sold through specialist dealers',
    sectors: ['manufacturing'],
    disciplines: ['product-leadership'],
  },
  {
    name: 'complete-customer-solutions',
    title: 'Complete customer solutions (IT services)',
    description: 'One provider that knows the customer’s business and solves the whole problem',
    sectors: ['business-services'],
    disciplines: ['complete-customer-solutions'],
  },
  {
    name: 'system-lock-in',
    title: 'System lock-in (payment platform)',
    description:
      'A standard that works with everything, with an ecosystem of integrators and plug-ins',
    sectors: ['business-services'],
    disciplines: ['system-lock-in'],
  },
  {
    name: 'hospice',
    title: 'Hospice (health care)',
    description: 'Patients and families as customers, referring physicians beside them',
    sectors: ['health-care'],
    disciplines: ['customer-intimacy'],
  },
  {
    name: 'city-council',
    title: 'City council (public sector)',
    description: 'Residents and local businesses: safety, clean streets, quick answers and permits',
    sectors: ['local-government'],
    disciplines: ['operational-excellence'],
  },
  {
    name: 'non-profit',
    title: 'Non-profit (literacy foundation)',
    description:
      'A stakeholder perspective on top: learners, donors, volunteers and partner schools',
    sectors: ['non-profit'],
    disciplines: ['customer-intimacy'],
  },
  {
    name: 'cascading',
    title: 'Cascading product quality',
    description:
      'Corporate "Provide high product quality" cascaded to R&D and to one engineer, each with lagging and leading KPIs and an initiative',
    sectors: ['manufacturing'],
    disciplines: ['product-leadership'],
  },
];
