import { lag, lead } from '../kpi-idea.ts';
import type { SectorDiscipline } from './types.ts';

/** Local government: system lock-in, operational excellence and customer intimacy. */
export const LOCAL_GOVERNMENT_SERVICE: Record<
  'system-lock-in' | 'operational-excellence' | 'customer-intimacy',
  SectorDiscipline
> = {
  'system-lock-in': {
    customersGet:
      'One digital account and open standards that every service, app and partner in the area works with.',
    examples: ['Digital cities', 'Regional service platforms', 'Open-data municipalities'],
    hypothesis:
      'Too few services and partners work with the resident account for residents to use it',
    customerObjectives: [
      {
        id: 'one-account',
        name: 'One login for every council service',
        attribute: 'functionality',
        need: 'Use one account for everything',
        leading: lead(
          'services-on-account',
          'Services available through the resident account',
          '%',
          30,
          80,
        ),
        lagging: lag('active-accounts', 'Residents using their account each quarter', '%', 20, 50),
        initiative: 'Resident account',
      },
      {
        id: 'local-apps',
        name: 'Local apps and partners that work with my resident account',
        attribute: 'selection',
        need: 'Use my account with the library, transport and local apps',
        leading: lead(
          'connected-partners',
          'Partners connected to the resident account',
          '#',
          3,
          15,
        ),
        lagging: lag(
          'partner-logins',
          'Logins through partner services each month',
          '#',
          1000,
          5000,
        ),
        initiative: 'Open interface for local partners',
      },
      {
        id: 'details-once',
        name: 'My details given once and reused with my consent',
        attribute: 'quality',
        need: 'Not fill in the same details twice',
        leading: lead('prefilled-forms', 'Forms prefilled from known details', '%', 20, 70),
        lagging: lag(
          'details-asked-again',
          'Requests asking for details already held',
          '%',
          40,
          10,
        ),
        initiative: 'Once-only data register',
      },
    ],
    processes: [
      {
        id: 'open-interfaces',
        name: 'Publish open interfaces for partners to build on',
        leading: lead('published-interfaces', 'Interfaces published for partners', '#', 2, 10),
        lagging: lag('partner-integrations', 'Working partner integrations', '#', 3, 15),
        initiative: 'Open interface programme',
        drives: ['local-apps', 'one-account'],
        hypothesis:
          'If partners can build on open interfaces, residents use one account in more places',
      },
      {
        id: 'reliable-register',
        name: 'Keep one reliable register of residents’ details',
        leading: lead('register-checks', 'Register quality checks done', '#', 4, 12),
        lagging: lag('register-errors', 'Records with an error found', '%', 5, 1),
        initiative: 'Register quality programme',
        drives: ['details-once', 'one-account'],
        hypothesis:
          'If the register is reliable, details can be reused and the account works everywhere',
      },
    ],
    learning: {
      id: 'platform-skills-council',
      name: 'Build digital platform skills in the council',
      leading: lead('platform-trained-staff', 'Staff trained in digital platforms', '%', 10, 40),
      lagging: lag('digital-projects-on-time', 'Digital projects delivered on time', '%', 40, 75),
      initiative: 'Digital skills programme',
      drives: ['open-interfaces', 'reliable-register'],
      hypothesis: 'If staff can run digital platforms, interfaces and the register stay reliable',
    },
    financial: {
      id: 'cost-per-resident-contact',
      name: 'Lower the cost of each resident contact',
      leading: lead('digital-first-services', 'Services designed digital first', '#', 3, 12),
      lagging: lag('resident-contact-cost', 'Average cost per resident contact', 'EUR', 9, 5),
      initiative: 'Digital channel plan',
      drivenBy: 'reliable-register',
      hypothesis: 'If details are reused and one account serves all, each contact costs less',
    },
  },
  'operational-excellence': {
    customersGet:
      'Services that run on time, every time: bins collected on the day, problems fixed fast, no queues.',
    examples: ['Well-run towns', 'Municipal service companies', 'Public works departments'],
    hypothesis: 'Residents wait too long for the problems they report to be fixed',
    customerObjectives: [
      {
        id: 'fixed-fast',
        name: 'Reported problems fixed within 5 working days',
        attribute: 'time',
        need: 'See what I reported fixed quickly',
        leading: lead('reports-in-app', 'Problems reported through the app', '%', 20, 60),
        lagging: lag(
          'fixed-in-5-days',
          'Reported problems fixed within 5 working days',
          '%',
          55,
          85,
        ),
        initiative: 'Report-a-problem app',
      },
      {
        id: 'on-schedule',
        name: 'Collections and cleaning on the announced day',
        attribute: 'availability',
        need: 'Know the bins go on the day it says',
        leading: lead('rounds-with-spare', 'Rounds planned with spare capacity', '%', 60, 90),
        lagging: lag('missed-collections', 'Missed collections per 10,000', '#', 25, 8),
        initiative: 'Round planning',
      },
      {
        id: 'no-queues',
        name: 'Errands done without queuing or coming back',
        attribute: 'service',
        need: 'Be helped without queuing or coming back',
        leading: lead('desk-appointments', 'Desk visits booked by appointment', '%', 30, 80),
        lagging: lag('desk-wait', 'Average wait at the service desk', 'minutes', 20, 5),
        initiative: 'Appointments for the service desk',
      },
    ],
    processes: [
      {
        id: 'work-order-routing',
        name: 'Route every reported problem to a crew the same day',
        leading: lead('same-day-routing', 'Reports routed to a crew the same day', '%', 60, 95),
        lagging: lag('overdue-work-orders', 'Work orders open past their due date', '%', 20, 5),
        initiative: 'Work-order routing',
        drives: ['fixed-fast', 'on-schedule'],
        hypothesis:
          'If every report reaches a crew the same day, problems are fixed fast and rounds stay on schedule',
      },
      {
        id: 'desk-staffing',
        name: 'Staff the service desk to demand hour by hour',
        leading: lead(
          'desk-forecast-fit',
          'Desk hours staffed to the demand forecast',
          '%',
          60,
          90,
        ),
        lagging: lag('queue-hours', 'Hours with a queue over 15 minutes', '#', 40, 10),
        initiative: 'Desk staffing forecast',
        drives: ['no-queues', 'fixed-fast'],
        hypothesis:
          'If desk staffing follows demand, residents are helped without queues and reports are taken in at once',
      },
    ],
    learning: {
      id: 'team-improvement-council',
      name: 'Give every crew and desk team time to improve its own work',
      leading: lead(
        'team-improvement-meetings',
        'Improvement meetings held per team each month',
        '#',
        1,
        4,
      ),
      lagging: lag('team-ideas-done', 'Improvement ideas put in place', '%', 20, 45),
      initiative: 'Team improvement boards',
      drives: ['work-order-routing', 'desk-staffing'],
      hypothesis: 'If teams improve their own work, routing and desk staffing get better',
    },
    financial: {
      id: 'more-service-per-euro',
      name: 'Deliver more service for each euro spent',
      leading: lead('service-cost-reviews', 'Service cost reviews held', '#', 4, 12),
      lagging: lag('cost-per-work-order', 'Cost per work order completed', 'EUR', 140, 110),
      initiative: 'Service cost dashboard',
      drivenBy: 'work-order-routing',
      hypothesis: 'If problems reach the right crew at once, each work order costs less',
    },
  },
  'customer-intimacy': {
    customersGet:
      'A council that knows its neighbourhoods: people who listen, shape services to each area and involve residents.',
    examples: [
      'Neighbourhood councils',
      'Participatory municipalities',
      'Small towns with area teams',
    ],
    hypothesis: 'Residents are not heard or involved in decisions about their neighbourhood',
    customerObjectives: [
      {
        id: 'neighbourhood-say',
        name: 'A say in decisions about my neighbourhood',
        attribute: 'partnership',
        need: 'Be asked before my street or park changes',
        leading: lead(
          'neighbourhood-consultations',
          'Neighbourhood consultations held',
          '#',
          4,
          12,
        ),
        lagging: lag('plans-changed', 'Plans changed after resident input', '%', 20, 40),
        initiative: 'Neighbourhood panels',
      },
      {
        id: 'area-officer',
        name: 'A named area officer who knows my neighbourhood',
        attribute: 'service',
        need: 'One person who knows our area and whom I can call',
        leading: lead(
          'areas-with-officer',
          'Neighbourhoods with a named area officer',
          '%',
          30,
          100,
        ),
        lagging: lag(
          'area-answers',
          'Questions answered by the area officer within 3 days',
          '%',
          50,
          85,
        ),
        initiative: 'Area officers',
      },
      {
        id: 'area-services',
        name: 'Services that fit each neighbourhood’s needs',
        attribute: 'quality',
        need: 'Services that fit our area, not a standard plan',
        leading: lead(
          'area-service-plans',
          'Neighbourhoods with their own service plan',
          '%',
          20,
          80,
        ),
        lagging: lag('area-priorities-done', 'Neighbourhood priorities delivered', '%', 40, 70),
        initiative: 'Neighbourhood service plans',
      },
    ],
    processes: [
      {
        id: 'neighbourhood-profiles',
        name: 'Keep a profile of each neighbourhood’s needs and contacts',
        leading: lead('profiles-updated', 'Neighbourhood profiles updated this year', '%', 30, 90),
        lagging: lag(
          'issues-unknown',
          'Issues raised that the area team did not know of',
          '%',
          30,
          10,
        ),
        initiative: 'Neighbourhood profiles',
        drives: ['area-services', 'area-officer'],
        hypothesis:
          'If the council knows each neighbourhood, services fit and the area officer knows whom to call',
      },
      {
        id: 'resident-participation',
        name: 'Involve residents before every local decision',
        leading: lead(
          'decisions-consulted',
          'Local decisions with a resident consultation',
          '%',
          40,
          85,
        ),
        lagging: lag(
          'residents-taking-part',
          'Residents taking part in a consultation each year',
          '#',
          300,
          900,
        ),
        initiative: 'Participation toolkit',
        drives: ['neighbourhood-say', 'area-services'],
        hypothesis:
          'If residents are involved before decisions, they have a say and services fit the area',
      },
    ],
    learning: {
      id: 'community-work-skills',
      name: 'Train area teams in listening and community work',
      leading: lead('community-work-training', 'Area staff trained in community work', '%', 20, 80),
      lagging: lag('area-staff-staying', 'Area staff staying 3 years or more', '%', 60, 80),
      initiative: 'Community work training',
      drives: ['neighbourhood-profiles', 'resident-participation'],
      hypothesis:
        'If area teams can listen and organise, they know neighbourhoods and involve residents',
    },
    financial: {
      id: 'co-funded-projects',
      name: 'Cover part of local projects with resident and partner contributions',
      leading: lead('co-funding-proposals', 'Local projects proposed with co-funding', '#', 2, 8),
      lagging: lag('co-funded-share', 'Share of local project costs co-funded', '%', 5, 15),
      initiative: 'Neighbourhood co-funding scheme',
      drivenBy: 'resident-participation',
      hypothesis: 'If residents are involved, they and local partners help carry local projects',
    },
  },
};
