/**
 * A complete worked example: a charter for a fictional district, filled in
 * from start to review, so a superintendent can see what a finished draft looks
 * like and adapt it rather than start from a blank page. Every sentence is the
 * app's own; the ideas follow Education Northwest (2017) and Kaufman, Grimm &
 * Miller (2012). Marked as an example everywhere it shows.
 */
import { newCharter, newId, type Charter, type Expectation, type TeamMember } from './Charter';
import { syncRights } from './DecisionRight';
import { ROLE } from './Role';
import { applyHolderSuggestions } from './roleHolders';
import { RESOURCE_SUGGESTIONS, defaultSchoolYear, isoDay, parseDay, resourceFromSuggestion } from './supports';

export const EXAMPLE_DISTRICT = 'Lakemont Unified School District (example)';

function addDays(iso: string, days: number): string {
  const d = parseDay(iso);
  return d ? isoDay(new Date(d.getTime() + days * 86_400_000)) : '';
}

/** The worked example, dated for the school year that `now` plans for. */
export function exampleCharter(now: Date = new Date()): Charter {
  const c = newCharter(now);
  c.example = true;
  const year = defaultSchoolYear(now);
  const y0 = year.start.slice(0, 4);
  c.supports.schoolYear = year;
  c.district = EXAMPLE_DISTRICT;
  c.title = `Early reading and middle-school math charter ${y0}–${String(Number(y0) + 1).slice(2)} (worked example)`;
  c.inScope = 'The nine elementary schools for early reading (K–3); the two middle schools for mathematics (grades 6–8).';
  c.outOfScope = 'High schools and the alternative program, until next year’s review.';
  c.facilitator = 'An outside facilitator from the regional education service center';
  c.meetingDate = isoDay(now);
  c.nextReviewDate = addDays(year.end, -14);

  const reading = { id: newId(), name: 'Early reading, K–3', scope: 'Nine elementary schools', revealed: true };
  const math = { id: newId(), name: 'Middle-school mathematics', scope: 'Two middle schools, grades 6–8', revealed: true };
  c.focusAreas = [reading, math];

  const member = (name: string, title: string, side: TeamMember['side'], signatory = true): TeamMember => ({
    id: newId(),
    name,
    title,
    side,
    signatory,
    keyboardName: '',
  });
  c.team = [
    member('Dana Whitfield', 'Superintendent', 'district'),
    member('Marcus Bell', 'Assistant superintendent, teaching and learning', 'district'),
    member('Priya Raman', 'Principal, Cedar Street Elementary', 'school'),
    member('Tomás Ortega', 'Principal, North Ridge Middle School', 'school'),
    member('Grace Liu', 'Teacher leader, grade 2', 'school', false),
    member('Hannah Okoye', 'Director of special education', 'district', false),
  ];
  applyHolderSuggestions(c);
  // Principals and the teacher leader also sit on their school's leadership team.
  const schoolTeam = c.roles.find((r) => r.id === ROLE.schoolTeam);
  if (schoolTeam) schoolTeam.memberIds.push(c.team[2]!.id, c.team[3]!.id, c.team[4]!.id);

  c.reflection = {
    ...c.reflection,
    whyNow:
      'Reading scores in grades 1–3 have been flat for three years, and each school is trying a different fix. Middle-school math improved where teachers planned together.',
    dataReviewed: 'Three years of early-reading screening results, grade 6–8 math assessments, classroom walk-through notes and a short staff survey.',
    dataShows:
      'About four in ten third graders read below grade level, with wide gaps between schools using different materials. In math, the school whose teachers met weekly gained the most.',
    rootCauses:
      'No shared approach to early reading, uneven training, and too little time for teachers to look at student work together.',
    earlierEfforts:
      'A reading initiative five years ago came from the district without the principals’ input and faded when its grant ended.',
    doDifferently:
      'Agree in writing who decides what, protect time for teams to plan, and check progress every month with the same data in every school.',
    focus: 'Every student reading on grade level by the end of grade 3; in the middle schools, more students ready for algebra by grade 8.',
    problemsOfPractice: 'Students who fall behind in reading are noticed late, and teachers have few shared ways to respond.',
    districtBarriers: 'Training arrives after the school year starts, and data reports reach schools weeks after the tests.',
  };

  c.decisions = [
    {
      focusAreaId: reading.id,
      model: 2,
      operatesNow: 3,
      rationale:
        'The district sets early reading as the priority and the measure of progress; each school chooses how to reach it, because the schools start from very different places.',
      evidence: 'Screening results by school, and the walk-through notes showing different practices that work.',
      parked: false,
      parkedNote: '',
      needsFromDistrict: 'Screening data within a week of each test window, and training days agreed before the year starts.',
      needsFromSchools: 'The same screening measures in every school, and a short monthly note on what each school is trying.',
    },
    {
      focusAreaId: math.id,
      model: 3,
      operatesNow: 3,
      rationale:
        'Two middle schools already work well under their own plans; the district supports them and connects them rather than directing.',
      evidence: 'Math results rose most where teachers planned together on their own schedule.',
      parked: false,
      parkedNote: '',
      needsFromDistrict: 'Time in the schedule for teachers to plan together, and a way to share tools between the two schools.',
      needsFromSchools: 'Each school’s plan and its results, shared with the other school and the district twice a year.',
    },
  ] as Charter['decisions'];

  // The roles someone holds decide the defaults; then fill the rights from the agreed models.
  syncRights(c);

  const exp = (partial: Partial<Omit<Expectation, 'id'>>): Expectation => ({
    id: newId(),
    ownerRoleId: null,
    withRoleIds: [],
    what: '',
    cadence: null,
    evidence: '',
    start: year.start,
    due: year.end,
    source: '',
    ...partial,
  });
  c.expectations = [
    exp({
      ownerRoleId: ROLE.principal,
      withRoleIds: [ROLE.centralOffice],
      what: 'Report early-reading progress to the district with the agreed screening data.',
      cadence: 'monthly',
      evidence: 'Monthly progress note on file with the district office',
      start: addDays(year.start, 30),
    }),
    exp({
      ownerRoleId: ROLE.centralOffice,
      withRoleIds: [ROLE.schoolTeam],
      what: 'Hold a progress check-in with each school’s leaders: what is working, what is not, next steps.',
      cadence: 'quarterly',
      evidence: 'Check-in notes shared with the school',
      start: addDays(year.start, 45),
    }),
    exp({
      ownerRoleId: ROLE.principal,
      withRoleIds: [ROLE.principal],
      what: 'Principals meet other principals working on the same focus area to swap one practice that works.',
      cadence: 'quarterly',
      evidence: 'Short note of what each school will try',
      start: addDays(year.start, 21),
    }),
    exp({
      ownerRoleId: ROLE.superintendent,
      what: 'Agree the resources the work needs, professional development included, before the school year starts.',
      cadence: 'once',
      evidence: 'Resource agreement signed by the district and each principal',
      start: addDays(year.start, -45),
      due: year.start,
    }),
    exp({
      ownerRoleId: ROLE.teacherTeams,
      what: 'Run an inquiry cycle on student work and bring what was learned to the school’s leaders.',
      cadence: 'monthly',
      evidence: 'Cycle log reviewed by the principal',
      start: addDays(year.start, 28),
    }),
    exp({
      ownerRoleId: ROLE.specialEducation,
      what: 'Review intervention and IEP progress with each school, so students with disabilities are part of every plan.',
      cadence: 'quarterly',
      evidence: 'Review notes with the actions agreed',
      start: addDays(year.start, 40),
    }),
    exp({
      ownerRoleId: ROLE.superintendent,
      withRoleIds: [ROLE.centralOffice, ROLE.principal, ROLE.schoolTeam],
      what: 'Lead the end-of-year review of this charter with the whole team and agree what to change.',
      cadence: 'annually',
      evidence: 'Next revision of the charter started, with the changes listed',
      start: addDays(year.end, -14),
      due: addDays(year.end, -14),
    }),
  ];

  const roleIds = new Set(c.roles.map((r) => r.id));
  c.supports.resources = ['pd-budget', 'data-access', 'planning-time']
    .map((k) => RESOURCE_SUGGESTIONS.find((s) => s.id === k))
    .filter((s) => s !== undefined)
    .map((s) => resourceFromSuggestion(newId(), s, year, roleIds));
  c.supports.resourceCheck =
    'Most training money already goes to early reading; the middle schools need planning time more than money, which the schedule can give.';
  return c;
}
