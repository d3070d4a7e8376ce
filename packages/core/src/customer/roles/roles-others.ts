import { lag, lead } from '../kpi-idea.ts';
import type { StakeholderRole } from './types.ts';

/** Roles of the groups whose needs count beside those served: families, regulators, employers … */

export const FAMILY: StakeholderRole = {
  id: 'family',
  keywords: ['famil', 'relative', 'carer', 'caregiver', 'next of kin', 'loved one', 'spouse'],
  groupId: 'families',
  objectives: [
    {
      id: 'family-informed',
      name: 'Families kept informed and supported at every step',
      attribute: 'service',
      need: 'Know what is happening and have someone to call',
      leading: lead('families-with-contact', 'Families with a named contact', '%', 50, 90),
      lagging: lag('family-rating', 'Families rating our support 4 or 5 out of 5', '%', 65, 85),
      initiative: 'Named contact for every family',
    },
    {
      id: 'family-say',
      name: 'A say for families in the plans that affect them',
      attribute: 'partnership',
      need: 'Have a say in the plans for the person we look after',
      leading: lead('plans-with-family', 'Plans discussed with the family', '%', 40, 85),
      lagging: lag('families-agreeing', 'Families agreeing with the plan', '%', 60, 85),
      initiative: 'Family meeting at every plan review',
    },
  ],
  process: {
    id: 'family-involvement',
    name: 'Involve every family from the first week',
    leading: lead('family-contacts-logged', 'Family contacts logged in the record', '%', 50, 90),
    lagging: lag('family-complaints', 'Complaints from families', '#', 20, 8),
    initiative: 'Family involvement standard',
    drives: ['family-informed', 'family-say'],
    hypothesis: 'If families are involved from the first week, they stay informed and have a say',
  },
  hypothesis:
    'If families are informed and have a say, they support the person we serve and speak well of us',
};

export const PARENT: StakeholderRole = {
  id: 'parent',
  keywords: ['parent', 'guardian', 'mother', 'father'],
  groupId: 'parents',
  objectives: [
    {
      id: 'parent-updates',
      name: 'Parents kept up to date on their child’s progress',
      attribute: 'service',
      need: 'Know how my child is doing without having to ask',
      leading: lead('progress-reports', 'Progress reports sent to parents each term', '#', 1, 3),
      lagging: lag('parent-rating', 'Parents rating our updates 4 or 5 out of 5', '%', 60, 85),
      initiative: 'Termly progress report for parents',
    },
    {
      id: 'parent-say',
      name: 'Parents asked before decisions about their child',
      attribute: 'partnership',
      need: 'Be asked before decisions about my child',
      leading: lead('parent-meetings', 'Parent meetings held per class each year', '#', 2, 4),
      lagging: lag('parents-consulted', 'Plan changes discussed with parents first', '%', 60, 90),
      initiative: 'Parent consultation before plan changes',
    },
  ],
  process: {
    id: 'progress-reporting',
    name: 'Report each child’s progress to parents every term',
    leading: lead('progress-notes', 'Teachers with up-to-date progress notes', '%', 60, 95),
    lagging: lag('late-reports', 'Progress reports sent late', '%', 15, 3),
    initiative: 'Progress notes in the student record',
    drives: ['parent-updates', 'parent-say'],
    hypothesis:
      'If progress is reported every term, parents know how their child is doing and can have their say',
  },
  hypothesis: 'If parents are kept informed and asked, they support their child’s learning at home',
};

export const EMPLOYER: StakeholderRole = {
  id: 'employer',
  keywords: ['employer', 'industry', 'compan', 'business', 'firm', 'chamber'],
  groupId: 'employers',
  objectives: [
    {
      id: 'work-ready',
      name: 'Graduates with the skills employers ask for',
      attribute: 'quality',
      need: 'Hire people who can do the job from day one',
      leading: lead('courses-with-employers', 'Courses reviewed with employers', '%', 30, 80),
      lagging: lag(
        'employer-rating',
        'Employers rating graduates’ skills 4 or 5 out of 5',
        '%',
        55,
        75,
      ),
      initiative: 'Employer panel for every course',
    },
    {
      id: 'placements',
      name: 'Placements that fit the employer’s work',
      attribute: 'partnership',
      need: 'Trainees who fit how we work, arranged without fuss',
      leading: lead('placements-arranged', 'Placements arranged with employers', '#', 40, 100),
      lagging: lag('hosts-again', 'Employers who would host a placement again', '%', 70, 90),
      initiative: 'Placement office',
    },
  ],
  process: {
    id: 'courses-with-employers',
    name: 'Review every course with employers every two years',
    leading: lead('employer-panel-meetings', 'Employer panel meetings held', '#', 2, 6),
    lagging: lag('courses-updated', 'Courses updated with employer input in 2 years', '%', 40, 80),
    initiative: 'Course review with employers',
    drives: ['work-ready', 'placements'],
    hypothesis:
      'If courses are reviewed with employers, graduates have the skills they ask for and placements fit',
  },
  hypothesis:
    'If graduates have the skills employers ask for, employers hire them and recommend us',
};

export const BUSINESS: StakeholderRole = {
  id: 'business',
  keywords: ['business', 'compan', 'trader', 'shop', 'store', 'entrepreneur', 'employer'],
  groupId: 'businesses',
  objectives: [
    {
      id: 'quick-permits',
      name: 'Permits and licences decided within 4 weeks',
      attribute: 'time',
      need: 'Know quickly and predictably whether I may go ahead',
      leading: lead(
        'complete-applications',
        'Applications complete on first submission',
        '%',
        50,
        80,
      ),
      lagging: lag('permit-days', 'Average days to a permit decision', 'days', 45, 25),
      initiative: 'Online permit applications',
    },
    {
      id: 'business-desk',
      name: 'One desk for every business question',
      attribute: 'service',
      need: 'One place to ask, instead of five departments',
      leading: lead('business-desk-hours', 'Business desk opening hours a week', 'hours', 10, 30),
      lagging: lag(
        'business-answers',
        'Business questions answered within 5 working days',
        '%',
        60,
        90,
      ),
      initiative: 'Business desk',
    },
  ],
  process: {
    id: 'one-pass-permits',
    name: 'Handle each permit through one desk, in one pass',
    leading: lead('permit-steps', 'Steps in the permit process', '#', 14, 8),
    lagging: lag('permit-rework', 'Applications sent back for rework', '%', 30, 10),
    initiative: 'Permit process redesign',
    drives: ['quick-permits', 'business-desk'],
    hypothesis: 'If permits pass one desk in one pass, businesses get quick, predictable decisions',
  },
  hypothesis:
    'If businesses get quick, predictable decisions, they invest here and the local tax base grows',
};

export const REGULATOR: StakeholderRole = {
  id: 'regulator',
  keywords: [
    'regulat',
    'inspect',
    'ombudsman',
    'auditor',
    'supervis',
    'accredit',
    'licens',
    'professional body',
  ],
  groupId: 'regulators',
  objectives: [
    {
      id: 'standards-met',
      name: 'Standards met at every inspection',
      attribute: 'quality',
      need: 'See the standards met without having to chase',
      leading: lead(
        'compliance-checks',
        'Internal compliance checks done as planned',
        '%',
        70,
        100,
      ),
      lagging: lag('findings-closed', 'Inspection findings closed on time', '%', 60, 95),
      initiative: 'Compliance calendar',
    },
    {
      id: 'open-reporting',
      name: 'Incidents reported openly and within the legal deadline',
      attribute: 'service',
      need: 'Hear about incidents on time and in full',
      leading: lead('incident-training', 'Staff trained in incident reporting', '%', 50, 95),
      lagging: lag(
        'incidents-on-time',
        'Incidents reported within the legal deadline',
        '%',
        80,
        100,
      ),
      initiative: 'Incident reporting procedure',
    },
  ],
  process: {
    id: 'self-assessment',
    name: 'Check every standard ourselves each quarter',
    leading: lead('self-assessments', 'Self-assessments done each quarter', '#', 1, 4),
    lagging: lag('old-compliance-actions', 'Compliance actions open for over 3 months', '#', 15, 3),
    initiative: 'Quarterly self-assessment',
    drives: ['standards-met', 'open-reporting'],
    hypothesis:
      'If we check every standard ourselves each quarter, inspections find them met and incidents are reported on time',
  },
  hypothesis:
    'If standards are met and incidents reported openly, we keep our licence and the confidence of those who fund us',
};

export const PUBLIC_AUTHORITY: StakeholderRole = {
  id: 'public-authority',
  keywords: ['council', 'municipal', 'government', 'ministry', 'authorit', 'county', 'region'],
  groupId: 'public-authorities',
  objectives: [
    {
      id: 'shared-goals',
      name: 'Clear evidence of how the work serves local public goals',
      attribute: 'partnership',
      need: 'See how your work helps our local plans',
      leading: lead('authority-meetings', 'Meetings with the authority on shared goals', '#', 2, 6),
      lagging: lag('shared-targets-met', 'Shared local targets met', '%', 50, 80),
      initiative: 'Shared goals agreement with the authority',
    },
    {
      id: 'authority-figures',
      name: 'Figures the authority can use, delivered on time',
      attribute: 'service',
      need: 'Reliable figures for our own reports, on time',
      leading: lead('returns-prepared', 'Data returns prepared a week early', '%', 30, 80),
      lagging: lag('returns-on-time', 'Data returns to the authority on time', '%', 70, 98),
      initiative: 'Data return calendar',
    },
  ],
  process: {
    id: 'authority-reporting',
    name: 'Report shared results to the authority every quarter',
    leading: lead('shared-measures', 'Shared measures agreed with the authority', '#', 2, 6),
    lagging: lag('reports-accepted', 'Quarterly reports accepted without queries', '%', 50, 85),
    initiative: 'Quarterly report to the authority',
    drives: ['shared-goals', 'authority-figures'],
    hypothesis:
      'If shared results are reported every quarter, the authority sees how the work serves its goals',
  },
  hypothesis: 'If the authority sees how the work serves its goals, it keeps supporting it',
};
