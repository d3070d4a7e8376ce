import { lag, lead } from '../kpi-idea.ts';
import type { SectorDiscipline } from './types.ts';

/** Local government: best total cost, product leadership and complete solutions, for residents. */
export const LOCAL_GOVERNMENT_OFFER: Record<
  'best-total-cost' | 'product-leadership' | 'complete-customer-solutions',
  SectorDiscipline
> = {
  'best-total-cost': {
    customersGet:
      'Dependable basic services at the lowest cost to taxpayers, with simple, quick errands.',
    examples: [
      'Shared-service municipalities',
      'Lean city administrations',
      'Online-first councils',
    ],
    hypothesis: 'Residents pay more in local taxes and fees than they think the services are worth',
    customerObjectives: [
      {
        id: 'low-local-taxes',
        name: 'Local taxes and fees no higher than the services need',
        attribute: 'price',
        need: 'Pay no more in taxes and fees than the services cost',
        leading: lead('fee-comparisons', 'Fees compared with similar towns', '#', 5, 20),
        lagging: lag(
          'fee-index',
          'Local tax and fee level against similar towns (100 = average)',
          'index',
          104,
          98,
        ),
        initiative: 'Fee comparison with similar towns',
      },
      {
        id: 'dependable-basics',
        name: 'Bins, streets and lights that work, week in, week out',
        attribute: 'quality',
        need: 'Basic services that simply work',
        leading: lead(
          'rounds-as-scheduled',
          'Collection and cleaning rounds done as scheduled',
          '%',
          85,
          98,
        ),
        lagging: lag(
          'basic-faults',
          'Faults reported in basic services per 1,000 residents',
          '#',
          30,
          15,
        ),
        initiative: 'Service schedule tracking',
      },
      {
        id: 'quick-errands',
        name: 'Errands done online or in one short visit',
        attribute: 'time',
        need: 'Get my errand done in minutes, not in three visits',
        leading: lead('online-errands', 'Errands available online', '%', 40, 80),
        lagging: lag('errand-minutes', 'Minutes per errand at the service desk', 'minutes', 25, 10),
        initiative: 'Online errands portal',
      },
    ],
    processes: [
      {
        id: 'shared-back-office',
        name: 'Share back-office services with neighbouring towns',
        leading: lead(
          'shared-functions',
          'Back-office functions shared with neighbours',
          '#',
          1,
          4,
        ),
        lagging: lag('overhead-share', 'Overhead as a share of the budget', '%', 18, 14),
        initiative: 'Shared service centre',
        drives: ['low-local-taxes', 'dependable-basics'],
        hypothesis:
          'If back offices are shared, overhead falls, so fees stay low while basic services hold',
      },
      {
        id: 'standard-errands',
        name: 'Give every frequent errand one digital procedure',
        leading: lead(
          'errands-standardised',
          'Frequent errands with one standard procedure',
          '%',
          30,
          90,
        ),
        lagging: lag('errand-rework', 'Errands needing a second contact', '%', 25, 8),
        initiative: 'Errand standardisation',
        drives: ['quick-errands', 'dependable-basics'],
        hypothesis:
          'If frequent errands follow one digital procedure, residents finish them quickly and services run smoothly',
      },
    ],
    learning: {
      id: 'improvement-skills-council',
      name: 'Build process improvement skills in every department',
      leading: lead(
        'improvement-trained-staff',
        'Staff trained in process improvement',
        '%',
        15,
        50,
      ),
      lagging: lag('process-improvements', 'Process improvements put in place', '#', 4, 12),
      initiative: 'Process improvement training',
      drives: ['shared-back-office', 'standard-errands'],
      hypothesis:
        'If staff can improve processes, back offices are shared and errands standardised',
    },
    financial: {
      id: 'cost-per-service',
      name: 'Lower the cost of each service delivered',
      leading: lead('unit-cost-reviews', 'Service unit costs reviewed', '#', 4, 12),
      lagging: lag('cost-per-errand', 'Cost per errand handled', 'EUR', 30, 22),
      initiative: 'Unit cost analysis per service',
      drivenBy: 'standard-errands',
      hypothesis: 'If errands are standard and digital, each costs the council less',
    },
  },
  'product-leadership': {
    customersGet:
      'Services that set the standard: the safest streets, the best parks and new ideas before other towns.',
    examples: ['Smart cities', 'Award-winning municipalities', 'Pilot regions'],
    hypothesis: 'Neighbouring towns offer residents better services than we do',
    customerObjectives: [
      {
        id: 'safe-streets',
        name: 'Safe streets and public places, day and night',
        attribute: 'quality',
        need: 'Walk anywhere in town without fear',
        leading: lead('hotspot-patrol-hours', 'Patrol hours in crime hotspots', 'hours', 200, 320),
        lagging: lag('crimes-per-1000', 'Reported crimes per 1,000 residents', '#', 55, 45),
        initiative: 'Neighbourhood safety teams',
      },
      {
        id: 'green-spaces',
        name: 'A park or green space within a 5-minute walk',
        attribute: 'availability',
        need: 'Green space close to home',
        leading: lead('green-projects', 'Green space projects under way', '#', 2, 6),
        lagging: lag('homes-near-park', 'Homes within a 5-minute walk of a park', '%', 60, 75),
        initiative: 'Pocket parks plan',
      },
      {
        id: 'new-services-first',
        name: 'New services that make daily life easier, before other towns have them',
        attribute: 'functionality',
        need: 'Services that keep up with how we live now',
        leading: lead('service-pilots', 'Service pilots run with residents', '#', 2, 6),
        lagging: lag('pilots-adopted', 'Pilots turned into a standard service', '#', 1, 3),
        initiative: 'Resident innovation lab',
      },
    ],
    processes: [
      {
        id: 'repeat-causes',
        name: 'Tackle the causes of repeat incidents with residents',
        leading: lead('hotspot-plans', 'Hotspots with a joint plan', '%', 30, 80),
        lagging: lag('repeat-locations', 'Locations with repeat incidents', '#', 40, 20),
        initiative: 'Problem-solving partnerships',
        drives: ['safe-streets', 'green-spaces'],
        hypothesis: 'If causes are tackled with residents, streets get safer and parks stay usable',
      },
      {
        id: 'service-tests',
        name: 'Test new services with residents before they go live',
        leading: lead('residents-testing', 'Residents taking part in service tests', '#', 50, 200),
        lagging: lag('months-idea-to-service', 'Months from idea to new service', 'months', 18, 9),
        initiative: 'Service test panel',
        drives: ['new-services-first', 'green-spaces'],
        hypothesis:
          'If new services are tested with residents, they arrive sooner and fit daily life',
      },
    ],
    learning: {
      id: 'design-data-skills',
      name: 'Grow service design and data skills among staff',
      leading: lead('design-training', 'Staff trained in service design and data', '%', 10, 40),
      lagging: lag('data-backed-decisions', 'Decisions backed by a data analysis', '%', 30, 70),
      initiative: 'Service design academy',
      drives: ['repeat-causes', 'service-tests'],
      hypothesis:
        'If staff can design services and use data, causes are tackled and new services tested well',
    },
    financial: {
      id: 'external-funding',
      name: 'Win national and EU funding for new services',
      leading: lead('funding-bids-council', 'Funding bids submitted', '#', 4, 12),
      lagging: lag('external-funds', 'External funding won for new services', 'kEUR', 500, 900),
      initiative: 'Funding bid team',
      drivenBy: 'service-tests',
      hypothesis: 'If new services are tested and proven, funders back them',
    },
  },
  'complete-customer-solutions': {
    customersGet:
      'One front door for every question: one contact who sorts out everything a resident’s situation needs.',
    examples: ['Citizen service centres', 'Family service hubs', 'Joined-up social services'],
    hypothesis: 'Residents are sent from one department to the next',
    customerObjectives: [
      {
        id: 'one-front-door',
        name: 'One front door for everything I need from the council',
        attribute: 'selection',
        need: 'Ask once and have it all sorted',
        leading: lead('central-desk-services', 'Services handled at the central desk', '%', 40, 80),
        lagging: lag(
          'transfers-per-request',
          'Transfers between departments per request',
          '#',
          2.2,
          1.1,
        ),
        initiative: 'Central service desk',
      },
      {
        id: 'whole-situation',
        name: 'Help that covers my whole situation, not one rule at a time',
        attribute: 'service',
        need: 'Someone who looks at my whole situation',
        leading: lead('case-managers', 'Complex cases with one case manager', '%', 30, 80),
        lagging: lag('cases-resolved', 'Complex cases resolved within 3 months', '%', 40, 70),
        initiative: 'Case manager for complex cases',
      },
      {
        id: 'life-events',
        name: 'Everything for a move, a birth or a new business arranged in one go',
        attribute: 'time',
        need: 'Arrange a life event in one go',
        leading: lead('life-event-bundles', 'Life events with one combined application', '#', 2, 8),
        lagging: lag('life-event-days', 'Days to arrange a life event end to end', 'days', 30, 10),
        initiative: 'Life-event service bundles',
      },
    ],
    processes: [
      {
        id: 'shared-case-view',
        name: 'Keep one view of each resident’s open requests across departments',
        leading: lead('requests-logged', 'Requests logged in the shared case system', '%', 40, 95),
        lagging: lag('duplicate-requests', 'Duplicate requests across departments', '%', 15, 4),
        initiative: 'Shared case system',
        drives: ['whole-situation', 'one-front-door'],
        hypothesis:
          'If every department sees a resident’s open requests, help covers the whole situation from one door',
      },
      {
        id: 'joined-up-steps',
        name: 'Combine the departments’ steps for each life event',
        leading: lead('events-redesigned', 'Life events redesigned across departments', '#', 1, 6),
        lagging: lag('hand-offs', 'Hand-offs between departments per life event', '#', 6, 2),
        initiative: 'Life-event redesign',
        drives: ['life-events', 'one-front-door'],
        hypothesis:
          'If departments combine their steps, a life event is arranged in one go at one door',
      },
    ],
    learning: {
      id: 'cross-service-skills',
      name: 'Train front-desk staff across all council services',
      leading: lead(
        'cross-trained-staff',
        'Front-desk staff trained in three or more services',
        '%',
        20,
        70,
      ),
      lagging: lag('first-contact-answers', 'Questions resolved at first contact', '%', 55, 80),
      initiative: 'Cross-service training',
      drives: ['shared-case-view', 'joined-up-steps'],
      hypothesis:
        'If front-desk staff know many services, they can use the shared view and the joined-up steps',
    },
    financial: {
      id: 'fewer-crises',
      name: 'Avoid the cost of problems that escalate',
      leading: lead('early-help-cases', 'Cases helped before they escalate', '#', 50, 150),
      lagging: lag('crisis-spending', 'Spending on crisis interventions', 'kEUR', 900, 700),
      initiative: 'Early help team',
      drivenBy: 'shared-case-view',
      hypothesis: 'If the whole situation is seen early, fewer problems become costly crises',
    },
  },
};
