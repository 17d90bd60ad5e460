import { describe, expect, it } from 'vitest';
import { courseworkProgress, degreeVerdict } from '../../src/domain/degree';
import { examAppliedVerdict, examPassedVerdict, windowStatus } from '../../src/domain/exam-plan';
import { credentialRecorded } from '../../src/domain/exams';
import { getPathway } from '../../src/domain/pathways/catalog';
import {
  attemptProblems,
  courseProblems,
  degreeProblems,
  examPlanProblems,
} from '../../src/domain/record-validation';
import type { Course, DegreeRecord, DegreeRule, ExamPlan } from '../../src/domain/types';

const TODAY = '2026-11-25';
const MLT = getPathway('mlt');
const MLS = getPathway('mls');
/**
 * A route that names science coursework (MLS Route 2's figures). No built-in pathway follows one
 * today: MLS Route 1 names none, and Route 2 is listed for reference only.
 */
const WITH_COURSEWORK: DegreeRule = {
  ...MLS.degree,
  coursework: [
    { subject: 'biology', semesterHours: 16, note: 'including one semester of microbiology' },
    {
      subject: 'chemistry',
      semesterHours: 16,
      note: 'including organic chemistry or biochemistry',
    },
  ],
};

function degree(fields: Partial<DegreeRecord>): DegreeRecord {
  return {
    id: 'degree',
    program: 'MLT AAS',
    institution: 'City College',
    level: 'associate',
    updatedAt: 'x',
    ...fields,
  };
}

function course(subject: Course['subject'], credits: number, status: Course['status']): Course {
  return {
    id: `${subject}-${credits}-${status}`,
    name: subject,
    subject,
    credits,
    status,
    createdAt: 'x',
    updatedAt: 'x',
  };
}

describe('degreeVerdict', () => {
  it('has nothing to say without a degree record (the checkbox stands in)', () => {
    expect(degreeVerdict(MLT.degree, undefined, [], TODAY)).toBeUndefined();
  });

  it('is met once conferred, with the date', () => {
    expect(
      degreeVerdict(MLT.degree, degree({ conferredOn: '2026-05-20' }), [], TODAY),
    ).toMatchObject({
      met: true,
      reason: 'Met: conferred May 20, 2026.',
    });
  });

  it('is on track when graduation is expected before the application date', () => {
    expect(
      degreeVerdict(
        MLT.degree,
        degree({ expectedGraduation: '2027-05-15' }),
        [],
        TODAY,
        '2027-06-01',
      ),
    ).toMatchObject({
      met: false,
      onTrack: true,
      reason:
        'On track: you expect to graduate May 15, 2027, before your application date Jun 1, 2027.',
    });
  });

  it('is at risk when graduation comes after the application date', () => {
    const verdict = degreeVerdict(
      MLT.degree,
      degree({ expectedGraduation: '2027-08-15' }),
      [],
      TODAY,
      '2027-06-01',
    );
    expect(verdict).toMatchObject({ met: false, onTrack: false, warning: true });
    expect(verdict?.reason).toMatch(/^At risk: you expect to graduate Aug 15, 2027, after/);
  });

  it('says what is missing: the level, credits and the coursework the route names', () => {
    const verdict = degreeVerdict(
      WITH_COURSEWORK,
      degree({ level: 'associate', conferredOn: '2025-05-01' }),
      [
        course('biology', 8, 'completed'),
        course('biology', 4, 'planned'),
        course('chemistry', 16, 'completed'),
      ],
      TODAY,
    );
    expect(verdict?.met).toBe(false);
    expect(verdict?.reason).toBe(
      "Conferred May 1, 2025, but this pathway asks for a bachelor's degree; yours is associate degree; Biology: 8 of 16 semester hours completed.",
    );
    const credits = degreeVerdict(
      MLT.degree,
      degree({ creditsEarned: 48, creditsRequired: 60, expectedGraduation: '2027-05-15' }),
      [],
      TODAY,
    );
    expect(credits?.progress).toEqual({ done: 48, required: 60, unit: 'credits' });
    expect(credits?.reason).toMatch(/48 of 60 credits earned/);
  });

  it('names no coursework for MLS Route 1, whose program sets its own prerequisites', () => {
    expect(MLS.degree.coursework).toEqual([]);
    expect(MLS.otherRoutes?.map((route) => route.name)).toContain(
      'Route 2: MLT(ASCP) and clinical experience',
    );
  });

  it('sums completed and planned semester hours per subject', () => {
    expect(
      courseworkProgress(WITH_COURSEWORK, [
        course('biology', 8, 'completed'),
        course('biology', 4, 'in-progress'),
      ]),
    ).toMatchObject([
      { subject: 'biology', required: 16, completed: 8, planned: 4 },
      { subject: 'chemistry', required: 16, completed: 0, planned: 0 },
    ]);
  });
});

function plan(fields: Partial<ExamPlan>): ExamPlan {
  return { id: 'p', exam: 'ascp-mlt', attempts: [], createdAt: 'x', updatedAt: 'x', ...fields };
}

describe('exam verdicts', () => {
  it('has nothing to say without a plan for the pathway’s exams', () => {
    expect(examAppliedVerdict([], MLT.exams, TODAY)).toBeUndefined();
    expect(examPassedVerdict([plan({ exam: 'ascp-mls' })], MLT.exams, TODAY)).toBeUndefined();
  });

  it('is applied from the application date, and warns as the window nears its end', () => {
    const applied = plan({ appliedOn: '2026-10-01', windowEndsOn: '2026-12-20' });
    expect(examAppliedVerdict([applied], MLT.exams, TODAY)).toMatchObject({
      met: true,
      warning: true,
      reason:
        'Applied Oct 1, 2026 for the MLT(ASCP) certification exam. Your testing window ends Dec 20, 2026, in 25 days. Schedule the exam before then.',
    });
    expect(examAppliedVerdict([applied], MLT.exams, '2026-09-30')?.met).toBe(false);
  });

  it('knows a window that is closed, or safely scheduled', () => {
    expect(windowStatus(plan({ windowEndsOn: '2026-11-24' }), TODAY)).toMatchObject({
      closed: true,
    });
    expect(
      windowStatus(plan({ windowEndsOn: '2027-02-28', scheduledOn: '2027-01-10' }), TODAY),
    ).toMatchObject({
      closed: false,
      closingSoon: false,
      message: 'Scheduled for Jan 10, 2027, inside your window (ends Feb 28, 2027).',
    });
    // Day 30 warns, day 31 does not.
    expect(windowStatus(plan({ windowEndsOn: '2026-12-25' }), TODAY)?.closingSoon).toBe(true);
    expect(windowStatus(plan({ windowEndsOn: '2026-12-26' }), TODAY)?.closingSoon).toBe(false);
  });

  it('is passed from the day of a passing attempt', () => {
    const attempts: ExamPlan['attempts'] = [
      { takenOn: '2026-09-01', result: 'failed' },
      { takenOn: '2026-11-20', result: 'passed', score: '520' },
    ];
    expect(examPassedVerdict([plan({ attempts })], MLT.exams, TODAY)).toMatchObject({
      met: true,
      reason: 'Passed Nov 20, 2026: MLT(ASCP) certification exam.',
    });
    expect(examPassedVerdict([plan({ attempts })], MLT.exams, '2026-11-19')).toMatchObject({
      met: false,
      reason: 'Not passed yet. 1 attempt so far.',
    });
  });

  it('knows whether the credential a pass earns is recorded', () => {
    const card = {
      id: 'c',
      type: 'exam-credential' as const,
      provider: 'ascp-boc' as const,
      name: 'MLT(ASCP)',
      issuedOn: TODAY,
      createdAt: 'x',
      updatedAt: 'x',
    };
    expect(credentialRecorded([card], 'ascp-mlt')).toBe(true);
    expect(credentialRecorded([card], 'ascp-mls')).toBe(false);
    expect(credentialRecorded([], 'other')).toBe(false);
  });
});

describe('degree, course and exam input', () => {
  const DEGREE = {
    program: 'MLT AAS',
    institution: '',
    level: 'associate',
    expectedGraduation: '',
    conferredOn: '',
    creditsEarned: '',
    creditsRequired: '',
  };

  it('refuses negative or non-numeric credits, and a future conferral', () => {
    expect(degreeProblems({ ...DEGREE, creditsEarned: '-3' }, TODAY).creditsEarned).toBe(
      'Credits earned cannot be negative.',
    );
    expect(degreeProblems({ ...DEGREE, creditsRequired: 'sixty' }, TODAY).creditsRequired).toMatch(
      /as a number/,
    );
    expect(degreeProblems({ ...DEGREE, conferredOn: '2027-01-01' }, TODAY).conferredOn).toMatch(
      /future/,
    );
    expect(degreeProblems({ ...DEGREE, program: ' ' }, TODAY).program).toMatch(/Enter the program/);
    expect(degreeProblems(DEGREE, TODAY)).toEqual({});
  });

  it('refuses a course with negative, zero or missing credits', () => {
    const COURSE = { name: 'Microbiology', subject: 'biology', credits: '4', status: 'completed' };
    expect(courseProblems(COURSE)).toEqual({});
    expect(courseProblems({ ...COURSE, credits: '-4' }).credits).toBe(
      'Credits cannot be negative.',
    );
    expect(courseProblems({ ...COURSE, credits: '0' }).credits).toBe('Enter more than 0 credits.');
    expect(courseProblems({ ...COURSE, credits: '' }).credits).toMatch(/Enter the course credits/);
    expect(courseProblems({ ...COURSE, subject: 'alchemy' }).subject).toBe('Choose a subject.');
  });

  it('refuses an unknown exam, a window ending before the application, and a future attempt', () => {
    const PLAN = {
      exam: 'ascp-mlt',
      appliedOn: '2026-10-01',
      windowEndsOn: '2026-12-31',
      scheduledOn: '',
      notes: '',
    };
    expect(examPlanProblems(PLAN, TODAY)).toEqual({});
    expect(examPlanProblems({ ...PLAN, exam: 'bar-exam' }, TODAY).exam).toBe('Choose the exam.');
    // Only the listed exams: not a name every object answers to.
    for (const exam of ['toString', 'constructor', '__proto__'])
      expect(examPlanProblems({ ...PLAN, exam }, TODAY).exam).toBe('Choose the exam.');
    expect(examPlanProblems({ ...PLAN, windowEndsOn: '2026-09-01' }, TODAY).windowEndsOn).toBe(
      'The window cannot end before you applied.',
    );
    expect(
      attemptProblems({ takenOn: '2026-12-01', result: 'passed', score: '' }, TODAY).takenOn,
    ).toMatch(/once you have sat it/);
    expect(attemptProblems({ takenOn: TODAY, result: 'maybe', score: '' }, TODAY).result).toMatch(
      /passed or not passed/,
    );
  });
});
