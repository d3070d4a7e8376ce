import { lag, lead } from '../kpi-idea.ts';
import type { SectorDiscipline } from './types.ts';

/** Non-profit: system lock-in, operational excellence and customer intimacy. */
export const NON_PROFIT_SERVICE: Record<
  'system-lock-in' | 'operational-excellence' | 'customer-intimacy',
  SectorDiscipline
> = {
  'system-lock-in': {
    customersGet:
      'A network and a standard others join: one referral and one record, shared by every member organisation.',
    examples: ['Food bank networks', 'Federations of charities', 'Shared referral platforms'],
    hypothesis: 'Too few organisations use the shared referral system for people to rely on it',
    customerObjectives: [
      {
        id: 'one-referral',
        name: 'One referral accepted at every member organisation',
        attribute: 'functionality',
        need: 'Use one referral wherever I go for help',
        leading: lead(
          'members-accepting',
          'Member organisations accepting the shared referral',
          '#',
          10,
          40,
        ),
        lagging: lag('shared-referral-help', 'Help given on a shared referral', '%', 30, 70),
        initiative: 'Shared referral system',
      },
      {
        id: 'network-nearby',
        name: 'Help from many member organisations near me',
        attribute: 'selection',
        need: 'Find help near me within the network',
        leading: lead('new-member-organisations', 'New member organisations', '#', 3, 10),
        lagging: lag(
          'people-near-member',
          'People within 2 km of a member organisation',
          '%',
          50,
          75,
        ),
        initiative: 'Member organisation drive',
      },
      {
        id: 'story-once',
        name: 'My story told once, shared with my consent',
        attribute: 'quality',
        need: 'Not tell my story again at every organisation',
        leading: lead(
          'sharing-consents',
          'People with a consent to share their record',
          '%',
          30,
          80,
        ),
        lagging: lag('stories-repeated-network', 'People asked to repeat their story', '%', 50, 15),
        initiative: 'Consent-based record sharing',
      },
    ],
    processes: [
      {
        id: 'grow-member-network',
        name: 'Bring more organisations onto the shared standard',
        leading: lead('member-onboardings', 'Members onboarded', '#', 3, 10),
        lagging: lag('active-members', 'Active member organisations', '#', 20, 50),
        initiative: 'Member onboarding',
        drives: ['network-nearby', 'one-referral'],
        hypothesis:
          'If more organisations join the standard, people find more help on one referral',
      },
      {
        id: 'reliable-referral-system',
        name: 'Keep the shared referral system reliable and simple',
        leading: lead(
          'changes-reviewed',
          'Changes to the shared system reviewed with members',
          '%',
          60,
          100,
        ),
        lagging: lag(
          'referral-system-downtime',
          'Hours the referral system was unavailable',
          'hours',
          20,
          4,
        ),
        initiative: 'Referral system support',
        drives: ['story-once', 'one-referral'],
        hypothesis:
          'If the shared system is reliable, referrals and stories travel with the person',
      },
    ],
    learning: {
      id: 'network-coordination',
      name: 'Build network coordination skills',
      leading: lead('coordination-training', 'Staff trained in network coordination', '%', 10, 40),
      lagging: lag(
        'members-rating-support',
        'Members rating our support 4 or 5 out of 5',
        '%',
        60,
        80,
      ),
      initiative: 'Network coordination training',
      drives: ['grow-member-network', 'reliable-referral-system'],
      hypothesis: 'If staff can coordinate a network, it grows and its system stays reliable',
    },
    financial: {
      id: 'member-contributions',
      name: 'Cover the network’s costs with member contributions',
      leading: lead(
        'contribution-agreements',
        'Members with a contribution agreement',
        '%',
        30,
        80,
      ),
      lagging: lag(
        'costs-from-members',
        'Network costs covered by member contributions',
        '%',
        20,
        50,
      ),
      initiative: 'Member contribution scheme',
      drivenBy: 'grow-member-network',
      hypothesis:
        'If more organisations join, their contributions carry more of the network’s costs',
    },
  },
  'operational-excellence': {
    customersGet:
      'Help that is there when people need it: open when promised, quick to arrive, no waiting lists.',
    examples: ['Food banks', 'Emergency relief services', 'Helplines'],
    hypothesis: 'People wait too long or find us closed when they need help',
    customerObjectives: [
      {
        id: 'emergency-help',
        name: 'Emergency help within 2 days of asking',
        attribute: 'time',
        need: 'Get food or help now, not in two weeks',
        leading: lead('emergency-slots', 'Emergency slots kept free each day', '#', 5, 15),
        lagging: lag(
          'emergency-within-2-days',
          'Requests for emergency help met within 2 days',
          '%',
          60,
          90,
        ),
        initiative: 'Emergency help slots',
      },
      {
        id: 'open-as-promised',
        name: 'Doors open every time the schedule says',
        attribute: 'availability',
        need: 'Find the doors open when the schedule says',
        leading: lead('shifts-filled', 'Volunteer shifts filled a week ahead', '%', 70, 95),
        lagging: lag('sessions-cancelled', 'Sessions cancelled or closed early', '%', 5, 1),
        initiative: 'Shift planning a week ahead',
      },
      {
        id: 'no-long-wait',
        name: 'Help without a waiting list or a long queue',
        attribute: 'service',
        need: 'Be helped without waiting for hours',
        leading: lead('booked-time-slots', 'Visits with a booked time slot', '%', 20, 70),
        lagging: lag('session-wait', 'Average wait at a session', 'minutes', 45, 15),
        initiative: 'Booked time slots',
      },
    ],
    processes: [
      {
        id: 'steady-supply',
        name: 'Keep a steady supply of food and essentials',
        leading: lead('forecast-weeks', 'Weeks planned against a demand forecast', '%', 40, 85),
        lagging: lag('items-missing', 'Basic items missing at a session', '%', 10, 2),
        initiative: 'Demand and supply planning',
        drives: ['emergency-help', 'no-long-wait'],
        hypothesis:
          'If supply is steady, emergency help can be given at once and sessions run without queues',
      },
      {
        id: 'session-planning',
        name: 'Plan every session’s volunteers and supplies a week ahead',
        leading: lead('sessions-planned', 'Sessions planned a week ahead', '%', 50, 95),
        lagging: lag('understaffed-sessions', 'Sessions with too few volunteers', '%', 20, 5),
        initiative: 'Session planning tool',
        drives: ['open-as-promised', 'no-long-wait'],
        hypothesis:
          'If each session is planned a week ahead, doors open as promised and queues stay short',
      },
    ],
    learning: {
      id: 'session-improvement',
      name: 'Give every session team time to improve how it works',
      leading: lead('session-reviews', 'Sessions followed by a short review', '%', 20, 70),
      lagging: lag('session-ideas-done', 'Improvement ideas put in place', '%', 20, 45),
      initiative: 'Session review board',
      drives: ['steady-supply', 'session-planning'],
      hypothesis:
        'If session teams improve their own work, supply and session planning get more reliable',
    },
    financial: {
      id: 'help-per-euro',
      name: 'Move more help for every euro spent',
      leading: lead('logistics-cost-reviews', 'Logistics cost reviews held', '#', 4, 12),
      lagging: lag('cost-per-kilo', 'Cost per kilo of food distributed', 'EUR', 0.6, 0.4),
      initiative: 'Logistics cost review',
      drivenBy: 'steady-supply',
      hypothesis: 'If supply is steady and planned, each kilo handed out costs less',
    },
  },
  'customer-intimacy': {
    customersGet:
      'Help that knows the person: someone who listens, knows their story and stays with them.',
    examples: ['Mentoring charities', 'Befriending services', 'Youth work organisations'],
    hypothesis: 'People are not known or listened to, so they stop coming',
    customerObjectives: [
      {
        id: 'listened-to',
        name: 'Someone who listens and knows my story',
        attribute: 'service',
        need: 'Be listened to by someone who knows my story',
        leading: lead('named-workers', 'People with a named worker or mentor', '%', 40, 90),
        lagging: lag('listened-rating', 'People saying they were listened to', '%', 65, 85),
        initiative: 'Named worker for every person',
      },
      {
        id: 'help-that-fits',
        name: 'Help shaped to my goals, not a standard package',
        attribute: 'quality',
        need: 'Help towards what I want to achieve',
        leading: lead('goals-agreed', 'People with goals agreed in the first month', '%', 40, 85),
        lagging: lag(
          'own-goals-reached',
          'People reaching a goal they set themselves',
          '%',
          40,
          60,
        ),
        initiative: 'Goal-setting conversation',
      },
      {
        id: 'there-when-needed',
        name: 'Support from someone I know when things go wrong',
        attribute: 'time',
        need: 'Reach someone I know when I am in trouble',
        leading: lead(
          'known-worker-hours',
          'Hours a week a known worker can be reached',
          'hours',
          20,
          50,
        ),
        lagging: lag('crisis-call-back', 'Hours to a call back in a crisis', 'hours', 24, 4),
        initiative: 'Out-of-hours contact rota',
      },
    ],
    processes: [
      {
        id: 'person-record',
        name: 'Keep one record of each person’s story, goals and contacts',
        leading: lead('records-current', 'Records updated after every contact', '%', 50, 90),
        lagging: lag('stories-repeated', 'People asked to repeat their story', '%', 30, 8),
        initiative: 'Shared person record',
        drives: ['listened-to', 'help-that-fits'],
        hypothesis:
          'If every worker knows the person’s story and goals, people are listened to and help fits',
      },
      {
        id: 'same-worker',
        name: 'Keep the same worker with each person for a year or more',
        leading: lead('people-per-worker', 'People per worker', '#', 30, 20),
        lagging: lag('worker-changes', 'People whose worker changed in the year', '%', 40, 15),
        initiative: 'Continuity of worker policy',
        drives: ['there-when-needed', 'listened-to'],
        hypothesis:
          'If each person keeps the same worker, someone they know is there when things go wrong',
      },
    ],
    learning: {
      id: 'coaching-skills',
      name: 'Train staff and volunteers in listening and coaching',
      leading: lead('coaching-training', 'Staff and volunteers trained in coaching', '%', 20, 80),
      lagging: lag('workers-staying', 'Workers and mentors staying 2 years or more', '%', 50, 70),
      initiative: 'Coaching skills training',
      drives: ['person-record', 'same-worker'],
      hypothesis:
        'If workers can listen and coach, and stay, records hold people’s stories and continuity holds',
    },
    financial: {
      id: 'regular-giving',
      name: 'Grow regular giving from supporters who know the work',
      leading: lead(
        'supporter-stories',
        'Supporters sent a personal story of the work',
        '#',
        500,
        2000,
      ),
      lagging: lag('regular-giving-income', 'Income from regular givers', 'kEUR', 150, 220),
      initiative: 'Regular-giving programme',
      drivenBy: 'person-record',
      hypothesis: 'If we know people’s stories, supporters see the difference and give regularly',
    },
  },
};
