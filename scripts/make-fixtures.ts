/**
 * Writes the example charter files under tests/fixtures/. Deterministic: the
 * ids, dates and signatures are fixed so the files only change when the
 * format does. Run with `npx tsx scripts/make-fixtures.ts`.
 */
import { writeFileSync } from 'node:fs';
import { newCharter, type Charter, type TeamMember } from '../src/charter/Charter';
import { CADENCES } from '../src/charter/Cadence';
import { DOMAIN } from '../src/charter/DecisionDomain';
import { setHolders, syncRights } from '../src/charter/DecisionRight';
import { commitmentFromSuggestion, COMMUNICATION_SUGGESTIONS, resourceFromSuggestion, RESOURCE_SUGGESTIONS } from '../src/charter/supports';
import { serialiseCharter } from '../src/charter/charterFile';
import { sign } from '../src/charter/signing';
import { drawnSignature } from './drawnSignature';
import { ROLE, guessRoleId } from '../src/charter/Role';
import type { ModelNumber } from '../src/charter/DecisionModel';

let counter = 0;
const id = (prefix: string) => `${prefix}-${String(++counter).padStart(3, '0')}`;
const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 8, day, hour, 0, 0));
// Supports get their own counter so the ids above never move when supports change.
let supportCounter = 0;
const sid = (prefix: string) => `${prefix}-${String(++supportCounter).padStart(3, '0')}`;

/** Link each person to the role their title names; fill decision rights from the agreed models. */
function linkRolesAndRights(c: Charter) {
  for (const m of c.team) {
    const role = c.roles.find((r) => r.id === guessRoleId(m.title));
    if (role) role.memberIds.push(m.id);
  }
  syncRights(c);
}

/** Resource agreements and the suggested communication commitments (added to the expectations), for a school year starting in August. */
function addSupports(c: Charter, resources: string[], lines: string[]) {
  supportCounter = 0;
  c.supports.schoolYear = { start: '2026-08-17', end: '2027-06-11' };
  const roleIds = new Set(c.roles.map((r) => r.id));
  c.supports.resources = resources.map((k) =>
    resourceFromSuggestion(sid('resource'), RESOURCE_SUGGESTIONS.find((s) => s.id === k)!, c.supports.schoolYear, roleIds),
  );
  c.expectations.push(
    ...lines.map((k) =>
      commitmentFromSuggestion(sid('comm'), COMMUNICATION_SUGGESTIONS.find((s) => s.id === k)!, c.supports.schoolYear, roleIds),
    ),
  );
}

function base(): Charter {
  counter = 0;
  const c = newCharter(at(1));
  c.id = 'c0ffee00-0000-4000-8000-000000000001';
  c.district = 'Riverside Unified School District';
  c.title = 'Literacy and mathematics improvement charter';
  c.inScope = 'All 14 elementary schools; the three middle schools for mathematics.';
  c.outOfScope = 'High schools, for this year.';
  c.facilitator = 'Dr. Amara Okafor';
  c.meetingDate = '2026-09-14';
  c.nextReviewDate = '2027-06-15';
  return c;
}

const PEOPLE: Array<Omit<TeamMember, 'id'>> = [
  { name: 'José Ñúñez', title: 'Superintendent', side: 'district', signatory: true, keyboardName: '' },
  { name: 'Nguyễn Thị Minh', title: 'Principal, Eastgate Elementary', side: 'school', signatory: true, keyboardName: '' },
  { name: 'Zoë Łukasiewicz', title: 'Assistant Superintendent, Teaching and Learning', side: 'district', signatory: true, keyboardName: '' },
  { name: 'Αλέξανδρος Παπαδόπουλος', title: 'Principal, Hillcrest Middle', side: 'school', signatory: true, keyboardName: '' },
  { name: 'Ольга Иванова', title: 'Director of Special Education', side: 'district', signatory: false, keyboardName: '' },
  { name: 'Siobhán O’Connor', title: 'Teacher leader, grade 3', side: 'school', signatory: false, keyboardName: '' },
];

function fill(c: Charter, focus: Array<[string, string, ModelNumber, ModelNumber, ModelNumber]>, people = PEOPLE) {
  c.team = people.map((p) => ({ id: id('member'), ...p }));
  c.focusAreas = focus.map(([name, scope]) => ({ id: id('focus'), name, scope, revealed: true }));
  c.reflection = {
    whyNow: 'Reading scores in grades 3–5 have been flat for three years while neighbouring districts improved.',
    dataReviewed: 'State assessments 2023–2026, fall and winter screening results, and 42 classroom observations.',
    dataShows: 'Most struggling readers in grade 3 have gaps in decoding and phonics that began in K–2.',
    rootCauses: 'Foundational reading is taught differently in every building, and new teachers get little training in it.',
    earlierEfforts: 'The 2019 initiative changed every year, and principals learned about decisions at the end of the year.',
    doDifferently: 'Agree the model up front, share the data behind every priority, and report progress every month.',
    focus: 'Every pupil reads fluently by the end of grade 3; we will know from the spring screening.',
    problemsOfPractice: 'Phonics lessons vary from room to room; district coaches find principals have no time set aside for reading walkthroughs.',
    districtBarriers: 'Reading coaches are hired and placed centrally each August, after schools have set their schedules.',
  };
  // Each person's view: most see the area's "now" model and want its "should be" model;
  // every third person sees the neighbouring model today, every fourth wants to stay where they are.
  const near = (n: ModelNumber): ModelNumber => ((n % 4) + 1) as ModelNumber;
  c.positions = focus.flatMap(([, , now, should], i) =>
    c.team.map((m, j) => {
      const today = j % 3 === 2 ? near(now) : now;
      return { focusAreaId: c.focusAreas[i].id, memberId: m.id, now: today, shouldBe: j % 4 === 3 ? today : should };
    }),
  );
  c.decisions = focus.map(([name, , now, , agreed], i) => ({
    focusAreaId: c.focusAreas[i].id,
    model: agreed,
    operatesNow: now,
    rationale: `The data for ${name.toLowerCase()} points to model ${agreed} as the way to improve.`,
    evidence: 'Screening data and classroom observations reviewed at the September retreat.',
    parked: false,
    parkedNote: '',
    needsFromSchools: i === 0 ? 'Screening results entered within two weeks of each window.' : '',
    needsFromDistrict: i === 0 ? 'Coaching time and materials protected for the whole year.' : '',
  }));
  linkRolesAndRights(c);
}

async function signAll(c: Charter): Promise<Charter> {
  let cur = c;
  let hour = 10;
  for (const m of c.team.filter((t) => t.signatory)) {
    // Every other signatory draws their signature (and types their name); the rest type it.
    const drawn = hour % 2 === 0 ? drawnSignature(m.name) : null;
    const r = await sign(cur, m.id, m.name, at(14, hour++), drawn, {
      consent: true,
      intent: `I, ${m.name}, agree to this charter, revision ${cur.revision}.`,
      timeZone: 'America/Los_Angeles',
      device: 'Chrome 131 on Windows (desktop)',
    });
    if (!r.ok) throw new Error(r.error);
    cur = r.charter;
  }
  return cur;
}

async function main() {
  // 1. A complete, signed charter.
  let c = base();
  fill(c, [
    ['Elementary reading', 'Elementary schools (K–5)', 2, 1, 1],
    ['Middle school mathematics', 'Middle schools (6–8)', 2, 3, 3],
  ]);
  c.expectations = [
    { id: id('exp'), ownerRoleId: ROLE.centralOffice, withRoleIds: [], what: 'Share the screening data behind each district priority with every principal.', cadence: 'quarterly', evidence: 'Data briefing slides sent to principals', start: '2026-09-15', due: '2027-06-01', source: '' },
    { id: id('exp'), ownerRoleId: ROLE.principal, withRoleIds: [], what: 'Report progress on the school reading goals to the district.', cadence: 'monthly', evidence: 'Monthly progress report on file', start: '2026-10-01', due: '2027-06-01', source: '' },
    { id: id('exp'), ownerRoleId: ROLE.schoolTeam, withRoleIds: [], what: 'Meet with another school working on the same focus area.', cadence: 'semester', evidence: 'Notes from the cross-school visit', start: '2026-10-15', due: '2027-05-15', source: '' },
    { id: id('exp'), ownerRoleId: ROLE.superintendent, withRoleIds: [], what: 'Agree the professional development budget for foundational reading before October.', cadence: 'once', evidence: 'Signed budget line', start: '2026-09-15', due: '2026-10-01', source: '' },
    { id: id('exp'), ownerRoleId: ROLE.teacherTeams, withRoleIds: [], what: 'Run a six-week inquiry cycle on student reading work.', cadence: 'weekly', evidence: 'Cycle logs reviewed by the school leadership team', start: '2026-10-01', due: '2027-05-30', source: '' },
  ];
  // A seventh, custom role held by no one on the team yet; and two decisions the team changed from its models.
  c.roles.push({
    id: 'role-instructional-coaches',
    name: 'Instructional coaches',
    side: 'district',
    purpose: 'Help teachers put the agreed approach into practice, classroom by classroom.',
    responsibilities: 'Model lessons, observe and give feedback; tell the central office what teachers need.',
    memberIds: [],
  });
  setHolders(c, DOMAIN.staffing, c.focusAreas[0].id, { decidesActions: ROLE.schoolTeam });
  setHolders(c, DOMAIN.professionalDevelopment, c.focusAreas[1].id, {
    consulted: [ROLE.centralOffice, ROLE.teacherTeams, 'role-instructional-coaches'],
  });
  addSupports(c, ['pd-budget', 'data-access', 'inclusion-support'], ['monthly-progress', 'quarterly-checkin', 'semester-sharing', 'annual-review']);
  c = await signAll(c);
  writeFileSync('tests/fixtures/riverside-signed.json', serialiseCharter(c));

  // 2. A draft part-way through: decided one focus area, roles not yet owned.
  c = base();
  c.id = 'c0ffee00-0000-4000-8000-000000000002';
  c.title = 'Reading charter (draft)';
  fill(c, [
    ['Elementary reading', 'Elementary schools (K–5)', 2, 1, 1],
    ['Attendance', 'All schools', 3, 2, 2],
  ]);
  c.decisions[1].model = null;
  c.decisions[1].operatesNow = null;
  c.decisions[1].rationale = '';
  c.focusAreas[1].revealed = false;
  setHolders(c, c.domains[3].id, c.focusAreas[0].id, { setsPriorities: null });
  c.expectations = [
    { id: id('exp'), ownerRoleId: ROLE.principal, withRoleIds: [], what: 'Report reading progress to the district.', cadence: 'monthly', evidence: '', start: '', due: '', source: '' },
  ];
  addSupports(c, ['pd-budget'], ['monthly-progress', 'quarterly-checkin']);
  writeFileSync('tests/fixtures/riverside-draft.json', serialiseCharter(c));

  // 3. A large charter: 12 focus areas, 15 domains, 120 expectations, 10 signatories.
  c = base();
  c.id = 'c0ffee00-0000-4000-8000-000000000003';
  c.title = 'District-wide improvement charter, all schools';
  const subjects = ['Reading', 'Writing', 'Mathematics', 'Science', 'Attendance', 'Behaviour support', 'English learners', 'Special education inclusion', 'Graduation', 'Early literacy', 'Algebra readiness', 'Family engagement'];
  const models: ModelNumber[] = [1, 2, 3, 4];
  fill(
    c,
    subjects.map((s, i) => [s, i % 2 ? 'Secondary schools (6–12)' : 'Elementary schools (K–5)', models[i % 4], models[(i + 1) % 4], models[(i + 2) % 4]]),
    [
      ...PEOPLE.map((p) => ({ ...p, signatory: true, keyboardName: '' })),
      { name: 'Małgorzata Wiśniewska', title: 'Director of Assessment', side: 'district', signatory: true, keyboardName: '' },
      { name: 'Dmitri Sokolov', title: 'Principal, Northside High', side: 'school', signatory: true, keyboardName: '' },
      { name: 'Trần Văn Đức', title: 'Principal, Lakeview Elementary', side: 'school', signatory: true, keyboardName: '' },
      { name: 'Renée Fontaine-Müller', title: 'Chief Financial Officer', side: 'district', signatory: true, keyboardName: '' },
    ],
  );
  // Graduation was counted as a show of hands; family engagement is parked.
  const graduation = c.focusAreas[8].id;
  c.positions = c.positions.filter((p) => p.focusAreaId !== graduation);
  c.tallies = [{ focusAreaId: graduation, now: [1, 6, 2, 1], shouldBe: [0, 3, 7, 0] }];
  Object.assign(c.decisions[11], {
    model: null,
    parked: true,
    rationale: '',
    parkedNote:
      'Principals want each school to lead family engagement (model 3); the district office wants one approach for every school (model 1). We will look at this year’s family survey together and decide at the January review.',
  });
  const extra = ['Transportation', 'Technology and devices', 'Facilities', 'Student health', 'Partnerships with higher education', 'Data privacy'];
  for (const name of extra) {
    c.domains.push({ id: id('domain'), name });
  }
  c.domains = c.domains.slice(0, 15);
  syncRights(c);
  const owners = [ROLE.superintendent, ROLE.centralOffice, ROLE.principal, ROLE.schoolTeam, ROLE.teacherTeams];
  c.expectations = Array.from({ length: 120 }, (_, i) => ({
    id: id('exp'),
    ownerRoleId: owners[i % owners.length],
    withRoleIds: [],
    what: `Commitment ${i + 1}: ${subjects[i % subjects.length].toLowerCase()} — ${
      i % 3 === 0
        ? 'collect the agreed data, review it with the school leadership team, and send a short written summary of what changed and why to the district office'
        : i % 3 === 1
          ? 'share the data behind this priority with every school in scope'
          : 'visit another school working on the same problem and bring back one practice to try'
    }.`,
    cadence: CADENCES[i % CADENCES.length],
    evidence: i % 2 ? 'Report on file with the district office' : 'Meeting notes shared with all schools in scope',
    start: '2026-09-15',
    due: '2027-06-01',
    source: '',
  }));
  addSupports(
    c,
    RESOURCE_SUGGESTIONS.map((s) => s.id),
    COMMUNICATION_SUGGESTIONS.map((s) => s.id),
  );
  c = await signAll(c);
  writeFileSync('tests/fixtures/large-signed.json', serialiseCharter(c));
  console.log('fixtures written');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
