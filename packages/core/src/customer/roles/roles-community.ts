import { lag, lead } from '../kpi-idea.ts';
import type { StakeholderRole } from './types.ts';

/** Roles of the people and organisations who give time or work alongside the organisation. */

export const VOLUNTEER: StakeholderRole = {
  id: 'volunteer',
  keywords: ['volunteer', 'mentor', 'befriender', 'helper'],
  groupId: 'volunteers',
  objectives: [
    {
      id: 'volunteer-fit',
      name: 'Volunteering that fits their time and skills',
      attribute: 'partnership',
      need: 'Tasks that fit my time and my skills',
      leading: lead(
        'volunteers-matched',
        'Volunteers with a role matched to their skills',
        '%',
        50,
        85,
      ),
      lagging: lag('volunteers-staying', 'Volunteers staying a second year', '%', 55, 75),
      initiative: 'Volunteer role matching',
    },
    {
      id: 'volunteer-support',
      name: 'An induction and a named contact for every volunteer',
      attribute: 'service',
      need: 'Know what to do and have someone to turn to',
      leading: lead('volunteer-inductions', 'Volunteers completing the induction', '%', 60, 95),
      lagging: lag(
        'volunteer-rating',
        'Volunteers rating their support 4 or 5 out of 5',
        '%',
        60,
        85,
      ),
      initiative: 'Volunteer induction and buddy scheme',
    },
  ],
  process: {
    id: 'volunteer-coordination',
    name: 'Match and coach every volunteer within a month of joining',
    leading: lead('coordinator-hours', 'Volunteer coordinator hours a week', 'hours', 10, 25),
    lagging: lag(
      'days-to-first-task',
      'Days from sign-up to a volunteer’s first task',
      'days',
      30,
      10,
    ),
    initiative: 'Volunteer coordination',
    drives: ['volunteer-fit', 'volunteer-support'],
    hypothesis:
      'If every volunteer is matched and coached soon after joining, their tasks fit and they know whom to ask',
  },
  hypothesis: 'If volunteering fits their lives, volunteers stay and more help reaches people',
};

export const COMMUNITY_PARTNER: StakeholderRole = {
  id: 'community-partner',
  keywords: [
    'school',
    'charit',
    'association',
    'club',
    'church',
    'mosque',
    'communit',
    'agenc',
    'ngo',
    'partner',
    'network',
    'housing',
    'librar',
    'police',
    'organi',
    'group',
  ],
  groupId: 'partner-organisations',
  objectives: [
    {
      id: 'joint-work',
      name: 'Joint work that fits each partner’s own plans',
      attribute: 'partnership',
      need: 'Work together in a way that fits our own plans',
      leading: lead('joint-plans-agreed', 'Partners with an agreed joint plan', '%', 30, 80),
      lagging: lag(
        'partners-continuing',
        'Partners continuing the joint work next year',
        '%',
        70,
        90,
      ),
      initiative: 'Joint planning with each partner',
    },
    {
      id: 'partner-contact',
      name: 'A named contact who answers partners within 2 days',
      attribute: 'time',
      need: 'One person to call who answers quickly',
      leading: lead('partners-with-contact', 'Partners with a named contact', '%', 40, 95),
      lagging: lag(
        'partner-requests-answered',
        'Partner requests answered within 2 working days',
        '%',
        60,
        90,
      ),
      initiative: 'Named contact for every partner',
    },
  ],
  process: {
    id: 'partner-planning',
    name: 'Agree a yearly plan with each partner organisation',
    leading: lead('partner-planning-meetings', 'Planning meetings held with partners', '#', 4, 12),
    lagging: lag('joint-actions-on-time', 'Actions of joint plans done on time', '%', 50, 80),
    initiative: 'Yearly partner planning round',
    drives: ['joint-work', 'partner-contact'],
    hypothesis:
      'If a plan is agreed with each partner, the joint work fits their plans and they know whom to call',
  },
  hypothesis:
    'If partners can plan with us and reach us, they keep working with us and reach more people',
};
