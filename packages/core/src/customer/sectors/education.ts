import { lag, lead } from '../kpi-idea.ts';
import { EDUCATION_OFFER } from './education-offer.ts';
import { EDUCATION_SERVICE } from './education-service.ts';
import type { SectorKnowledge } from './types.ts';

/**
 * Schools, colleges, universities: students (and parents, employers) instead of customers, a
 * balanced budget instead of revenue growth, study costs instead of prices, progress and
 * qualifications instead of products.
 */
export const EDUCATION: SectorKnowledge = {
  id: 'education',
  title: 'education',
  covers: 'schools, colleges, universities, training providers',
  aliases: [
    'education',
    'school',
    'college',
    'university',
    'academy',
    'training provider',
    'kindergarten',
    'nursery',
    'preschool',
    'tutoring',
    'e-learning',
    'vocational',
    'polytechnic',
  ],
  customers: {
    id: 'students',
    name: 'Students',
    plural: 'students',
    segmentExamples: ['First-year students', 'Adult learners', 'Pupils needing extra support'],
  },
  perspectives: {
    financial: 'Financial Sustainability',
    customer: 'Students and Stakeholders',
    internal: 'Teaching and Operations',
    learning: 'People and Learning',
  },
  customerUmbrella: {
    id: 'student-progress',
    name: 'Learning that takes every student further',
    focus: lead(
      'targeted-support-hours',
      'Teaching and support hours for targeted student groups',
      '%',
      50,
      75,
    ),
  },
  goal: {
    id: 'sustainable-budget',
    name: 'Balance the budget while investing in teaching',
    leading: lead('termly-budget-reviews', 'Departments with a termly budget review', '%', 50, 100),
    lagging: lag('operating-surplus', 'Operating surplus as a share of income', '%', 0, 3),
    initiative: 'Multi-year budget plan',
    hypothesis:
      'If students progress and recommend us, enrolments and the funding that follows them hold steady',
  },
  partners: {
    umbrella: {
      id: 'education-partners',
      name: 'Employers, schools and partners who can count on us',
      description: 'Umbrella: what employers, partner schools and other partners need from us.',
      leading: lead(
        'education-partner-meetings',
        'Meetings held with employers and partners',
        '#',
        4,
        12,
      ),
      lagging: lag('education-partners-renewing', 'Partners renewing their agreement', '%', 70, 90),
      hypothesis:
        'If employers and partners can count on us, placements and pathways grow and more students choose us',
    },
    defaultRole: 'community-partner',
    examples: ['Local employers', 'Partner schools', 'Parents’ association'],
  },
  otherExamples: ['Parents', 'Employers', 'Inspectorate'],
  roles: [
    'parent',
    'employer',
    'regulator',
    'funder',
    'community-partner',
    'public-authority',
    'volunteer',
    'supplier',
    'family',
  ],
  outcomes: {
    acquisition: {
      id: 'acquisition',
      title: 'New students enrolled',
      definition: 'Students of the segment who enrolled for the first time in the period.',
      unit: '#',
      optimization: 'maximize',
      baseline: 100,
      target: 130,
    },
    satisfaction: {
      id: 'satisfaction',
      title: 'Student satisfaction',
      definition: 'Share of surveyed students in the segment who are satisfied with their studies.',
      unit: '%',
      optimization: 'maximize',
      baseline: 70,
      target: 85,
    },
    retention: {
      id: 'retention',
      title: 'Students continuing to the next year',
      definition: 'Share of the segment’s students who continue to the next year or graduate.',
      unit: '%',
      optimization: 'maximize',
      baseline: 85,
      target: 92,
    },
    profitability: {
      id: 'profitability',
      title: 'Cost per student',
      definition: 'What teaching and supporting one student of the segment costs in a year.',
      unit: 'EUR',
      optimization: 'minimize',
      baseline: 7500,
      target: 7000,
    },
    'market-share': {
      id: 'market-share',
      title: 'Share of applicants in our area choosing us',
      definition: 'Our share of the segment’s applicants in the area who enrol with us.',
      unit: '%',
      optimization: 'maximize',
      baseline: 20,
      target: 26,
    },
    'account-share': {
      id: 'account-share',
      title: 'Students taking further courses with us',
      definition: 'Share of the segment’s students who take another course with us.',
      unit: '%',
      optimization: 'maximize',
      baseline: 15,
      target: 25,
    },
  },
  disciplines: { ...EDUCATION_OFFER, ...EDUCATION_SERVICE },
};
