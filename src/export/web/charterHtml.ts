/**
 * "Export for the web": the signed charter as one self-contained HTML file a
 * district can post online (the 2024 ADA Title II rule puts public school
 * districts' web documents under WCAG 2.1 AA). Semantic headings in order,
 * tables with header cells and scope, the 2×2 as a table with a caption and a
 * text alternative, drawn signatures as images whose alt text names the
 * signer, the language set, inline styles only, and no script at all.
 *
 * Every piece of user text goes through escapeHtml; nothing else is ever
 * interpolated. Plain TypeScript, the same in the browser and in Node.
 */
import { REFLECTION_FIELDS } from '../../charter/reflectionFields';
import { decisionFor, signatories, type Charter } from '../../charter/Charter';
import { CADENCE_LABELS } from '../../charter/Cadence';
import { checkInCalendar } from '../../charter/calendar';
import { parkedItems } from '../../charter/completeness';
import { domainName } from '../../charter/DecisionDomain';
import { rightsGroups } from '../../charter/DecisionRight';
import { DECISION_MODELS, MODEL_NUMBERS, SOURCE_CITATION, modelLabel, type ModelNumber } from '../../charter/DecisionModel';
import { formatLocalDate, formatLocalTime, formatUtc, type TimeDisplay } from '../../charter/localTime';
import { describeViews, hasAnyView, roomViews } from '../../charter/positionSummary';
import { roleHolders } from '../../charter/Role';
import { shiftBetween, shiftLines } from '../../charter/shift';
import { revisionHistory, signingRecord } from '../../charter/signingRecord';
import { schoolYearLabel } from '../../charter/supports';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const t = (s: string | null | undefined) => (s ?? '').normalize('NFC').trim();
const e = (s: string | null | undefined) => escapeHtml(t(s));
/** Text with its line breaks kept as paragraphs. */
const paras = (s: string) =>
  t(s)
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

const STYLE = `
body{margin:0;background:#fff;color:#111;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem 3rem;overflow-wrap:anywhere}
h1{font-size:2rem;line-height:1.2;margin:.2rem 0 .5rem}h2{font-size:1.5rem;margin:2.2rem 0 .6rem;border-bottom:2px solid #111;padding-bottom:.2rem}
h3{font-size:1.2rem;margin:1.6rem 0 .4rem}.district{font-size:1.2rem;color:#333;margin:0}
.status{display:inline-block;border:2px solid #111;padding:.15rem .6rem;font-weight:700}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}caption{text-align:left;font-weight:700;padding:.3rem 0}
th,td{border:1px solid #555;padding:.35rem .5rem;text-align:left;vertical-align:top}thead th,tbody th{background:#eee}
dl{display:grid;grid-template-columns:minmax(9rem,14rem) 1fr;gap:.3rem 1rem}dt{font-weight:700}dd{margin:0}
.note{color:#333}.grid td{width:40%}.grid ul{margin:.3rem 0;padding-left:1.2rem}
.signature img{max-width:18rem;max-height:5rem;border-bottom:1px solid #111;display:block}
.fingerprint{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
nav ol{padding-left:1.2rem}
`;

function dl(rows: Array<[string, string]>): string {
  const kept = rows.filter(([, v]) => v !== '');
  return kept.length ? `<dl>${kept.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>` : '';
}

function table(caption: string, head: string[], rows: string[][], rowHeader = false): string {
  const keep = head.map((_, i) => rows.some((r) => (r[i] ?? '') !== ''));
  const h = head.filter((_, i) => keep[i]);
  const body = rows
    .map((r) => {
      const cells = r.filter((_, i) => keep[i]);
      return `<tr>${cells.map((c, i) => (i === 0 && rowHeader ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`;
    })
    .join('');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${h.map((x) => `<th scope="col">${escapeHtml(x)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
}

const roleName = (c: Charter, id: string | null) => e(c.roles.find((r) => r.id === id)?.name ?? '');

function modelGrid(c: Charter): string {
  const names: Record<ModelNumber, string[]> = { 1: [], 2: [], 3: [], 4: [] };
  const undecided: string[] = [];
  for (const f of c.focusAreas) {
    const model = decisionFor(c, f.id)?.model;
    if (model) names[model].push(t(f.name));
    else undecided.push(t(f.name));
  }
  const cell = (n: ModelNumber) =>
    `<td><strong>Model ${n}</strong>: ${escapeHtml(DECISION_MODELS[n].name)}${
      names[n].length ? `<ul>${names[n].map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>` : '<br>No focus area.'
    }</td>`;
  const summary = MODEL_NUMBERS.map(
    (n) => `Model ${n} (${DECISION_MODELS[n].name}): ${names[n].length ? names[n].join(', ') : 'no focus area'}.`,
  ).join(' ');
  return (
    `<table class="grid" aria-describedby="grid-summary"><caption>The four decision models: who sets the priorities (rows) and who controls the actions (columns), with the focus areas agreed under each</caption>` +
    `<thead><tr><td></td><th scope="col">District controls actions</th><th scope="col">School controls actions</th></tr></thead>` +
    `<tbody><tr><th scope="row">District sets priorities</th>${cell(1)}${cell(2)}</tr>` +
    `<tr><th scope="row">School sets priorities</th>${cell(4)}${cell(3)}</tr></tbody></table>` +
    `<p id="grid-summary" class="note">In words: ${escapeHtml(summary)}${undecided.length ? ` No model agreed yet: ${escapeHtml(undecided.join(', '))}.` : ''} Model numbers follow ${escapeHtml(SOURCE_CITATION)}.</p>`
  );
}


/** The whole charter as one accessible HTML document. */
export function charterHtml(c: Charter, display: TimeDisplay): string {
  const title = t(c.title) || 'Charter';
  const district = t(c.district);
  const sections: Array<{ id: string; title: string; html: string }> = [];
  const add = (id: string, heading: string, html: string) => {
    if (html) sections.push({ id, title: heading, html });
  };

  // At a glance.
  const counts = c.roles.map((r) => [e(r.name), String(c.expectations.filter((x) => x.ownerRoleId === r.id).length)]).filter((r) => r[1] !== '0');
  add(
    'at-a-glance',
    'At a glance',
    modelGrid(c) +
      (counts.length ? table('Commitments per role', ['Role', 'Commitments'], counts, true) : '') +
      (c.nextReviewDate ? `<p><strong>Next review: ${e(formatLocalDate(c.nextReviewDate, display.locale))}</strong></p>` : ''),
  );

  add(
    'team',
    'The team',
    c.team.length
      ? table(
          'Team members',
          ['Name', 'Title', 'Side', 'Signs the charter'],
          c.team.map((m) => [e(m.name), e(m.title), m.side === 'district' ? 'District' : 'School', m.signatory ? 'Yes' : 'No']),
          true,
        )
      : '',
  );

  add(
    'reflection',
    'Reflection',
    REFLECTION_FIELDS.filter(([k]) => t(c.reflection[k]))
      .map(([k, label]) => `<h3>${escapeHtml(label)}</h3>${paras(c.reflection[k])}`)
      .join(''),
  );

  add(
    'focus-areas',
    'Focus areas and agreed models',
    c.focusAreas
      .map((f) => {
        const d = decisionFor(c, f.id);
        const views = roomViews(c, f.id);
        const shift = d?.model && d.operatesNow ? shiftBetween(d.operatesNow, d.model) : null;
        const rows: Array<[string, string]> = [
          ['Scope', e(f.scope)],
          ['Agreed model', d?.parked && !d.model ? 'Not decided: the disagreement is parked' : escapeHtml(modelLabel(d?.model ?? null))],
          ['Where we operate today', d?.operatesNow ? escapeHtml(modelLabel(d.operatesNow)) : ''],
          ['The room’s views', hasAnyView(views) ? escapeHtml(f.revealed ? describeViews(views).join(' ') : 'Recorded, not revealed') : ''],
          ['Parked disagreement', d?.parked ? e(d.parkedNote) : ''],
          ['Rationale', d?.parked ? '' : e(d?.rationale)],
          ['Evidence', d?.parked ? '' : e(d?.evidence)],
          ['Schools need from the district', e(d?.needsFromDistrict)],
          ['The district needs from schools', e(d?.needsFromSchools)],
          ...(shift ? shiftLines(shift).map(([k, v]) => [k, escapeHtml(v)] as [string, string]) : []),
        ];
        return `<h3>${e(f.name) || 'Focus area'}</h3>${dl(rows)}`;
      })
      .join('') +
      (parkedItems(c).length
        ? `<h3>Parked disagreements</h3>${dl(parkedItems(c).map((p) => [t(p.focusArea), e(p.note)]))}`
        : ''),
  );

  add(
    'decision-rights',
    'Decision rights',
    c.domains.length && c.focusAreas.length
      ? rightsGroups(c)
          .map((g) => {
            const names = g.focusAreas.map((f) => t(f.name)).join(', ');
            const list = (ids: string[]) => ids.map((id) => roleName(c, id)).filter(Boolean).join(', ');
            return (
              `<h3>${escapeHtml(names)}</h3><p class="note">${escapeHtml(modelLabel(g.model))}</p>` +
              table(
                `Decision rights: ${names}`,
                ['Area of decisions', 'Sets priorities', 'Decides actions', 'Consulted', 'Informed'],
                g.rows.map(({ domain, right }, i) => [
                  escapeHtml(domainName(domain, i)) + (right?.overridden ? ' (changed from the model)' : ''),
                  roleName(c, right?.setsPriorities ?? null) || 'No owner',
                  roleName(c, right?.decidesActions ?? null) || 'No owner',
                  list(right?.consulted ?? []),
                  list(right?.informed ?? []),
                ]),
                true,
              )
            );
          })
          .join('')
      : '',
  );

  add(
    'roles',
    'Roles',
    c.roles
      .map((r) => {
        const holders = roleHolders(c, r).map((m) => [t(m.name), t(m.title)].filter(Boolean).join(', '));
        return `<h3>${e(r.name) || 'Role'}</h3>${dl([
          ['Side', r.side === 'district' ? 'District' : 'School'],
          ['Purpose', e(r.purpose)],
          ['Responsibilities', e(r.responsibilities)],
          ['Held by', escapeHtml(holders.join('; '))],
        ])}`;
      })
      .join(''),
  );

  add(
    'expectations',
    'Expectations',
    c.roles
      .map((r) => ({ r, list: c.expectations.filter((x) => x.ownerRoleId === r.id) }))
      .filter(({ list }) => list.length)
      .map(
        ({ r, list }) =>
          `<h3>${e(r.name) || 'Role'}</h3>` +
          table(
            `Expectations of ${t(r.name) || 'this role'}`,
            ['What', 'With', 'How often', 'Evidence of done', 'Start', 'Due', 'Source'],
            list.map((x) => [
              e(x.what),
              x.withRoleIds.map((id) => roleName(c, id)).filter(Boolean).join(', '),
              x.cadence ? CADENCE_LABELS[x.cadence] : '',
              e(x.evidence),
              x.start ? e(formatLocalDate(x.start, display.locale)) : '',
              x.due ? e(formatLocalDate(x.due, display.locale)) : '',
              e(x.source),
            ]),
          ),
      )
      .join(''),
  );

  const { resources, schoolYear, resourceCheck } = c.supports;
  const checkIns = checkInCalendar(c);
  add(
    'supports',
    'Supports and the year’s calendar',
    (t(resourceCheck) ? `<h3>Do spending and staff line up with the focus?</h3>${paras(resourceCheck)}` : '') +
      (resources.length
        ? `<h3>Resource agreements</h3>` +
          table(
            'Resource agreements',
            ['What', 'From', 'To', 'By when'],
            resources.map((a) => [e(a.what), roleName(c, a.fromRoleId), roleName(c, a.toRoleId), a.byWhen ? e(formatLocalDate(a.byWhen, display.locale)) : '']),
          )
        : '') +
      (checkIns.length
        ? `<h3>Calendar of check-ins ${escapeHtml(schoolYearLabel(schoolYear))}</h3>` +
          table(
            'Every date the repeating commitments set',
            ['Date', 'Check-in'],
            checkIns.map((x) => [
              e(formatLocalDate(x.date, display.locale)),
              `${e(x.item.what)}${x.of > 1 ? ` (${x.number} of ${x.of})` : ''} — ${roleName(c, x.item.ownerRoleId)}${x.item.withRoleIds.length ? ` with ${x.item.withRoleIds.map((id) => roleName(c, id)).filter(Boolean).join(', ')}` : ''}`,
            ]),
            true,
          )
        : ''),
  );

  const people = signatories(c);
  add(
    'signatures',
    'Signatures',
    people.length
      ? `<p>By signing, each person below agrees to work by this charter, revision ${c.revision}.</p><ul>` +
          people
            .map((m) => {
              const s = c.signatures.find((x) => x.memberId === m.id);
              const name = t(m.name);
              const mark = !s
                ? 'Not signed yet.'
                : s.method === 'drawn' && s.image && /^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(s.image)
                  ? `<img src="${s.image}" alt="Signature of ${escapeHtml(name)}, drawn by hand">`
                  : `Signed by typing the name “${e(s.typedName)}”.`;
              const when = s ? ` Signed ${e(formatLocalTime(s.signedAt, display, s.timeZone))}.` : '';
              return `<li class="signature"><strong>${escapeHtml(name)}</strong>${m.title ? `, ${e(m.title)}` : ''} (${m.side === 'district' ? 'district' : 'school'} side) ${mark}${when}</li>`;
            })
            .join('') +
          '</ul>'
      : '',
  );

  const records = signingRecord(c);
  add(
    'signing-record',
    'Signing record',
    (records.length
      ? table(
          'How and when each signatory signed',
          ['Name', 'Method', 'Consent and intent', 'Local time', 'UTC', 'Browser and device'],
          records.map((r) => [
            escapeHtml(r.name),
            escapeHtml(r.method),
            escapeHtml([r.consent, r.intent].filter(Boolean).join(' ')),
            escapeHtml(formatLocalTime(r.signedAt, display, r.timeZone)),
            escapeHtml(formatUtc(r.signedAt)),
            escapeHtml(r.device),
          ]),
          true,
        )
      : '') +
      (revisionHistory(c).length
        ? table(
            `History of revision ${c.revision}`,
            ['When (UTC)', 'What happened'],
            revisionHistory(c).map((h) => [escapeHtml(formatUtc(h.at)), escapeHtml(h.what)]),
          )
        : '') +
      (c.fingerprint
        ? `<p>Fingerprint (SHA-256 of the charter’s canonical content): <span class="fingerprint">${escapeHtml(c.fingerprint)}</span></p>` +
          '<p class="note">The signed PDF of this charter carries the charter file; Same Playbook checks a copy against this fingerprint.</p>'
        : ''),
  );

  const status =
    c.status === 'signed' && c.lockedAt
      ? `Signed and locked ${formatLocalTime(c.lockedAt, display, c.signatures.at(-1)?.timeZone)}`
      : 'Draft: not signed';
  const full = district ? `${district}: ${title}` : title;
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<title>${escapeHtml(full)}, revision ${c.revision}</title>\n` +
    '<meta name="generator" content="Same Playbook">\n' +
    `<style>${STYLE}</style>\n</head>\n<body>\n<main>\n` +
    `<header>${district ? `<p class="district">${escapeHtml(district)}</p>` : ''}<h1>${escapeHtml(title)}</h1>` +
    `<p>A charter on who sets school-improvement priorities and who controls the actions. Revision ${c.revision}. <span class="status">${escapeHtml(status)}</span></p>` +
    (c.example ? '<p><strong>A worked example to learn from, not a real district’s charter.</strong></p>' : '') +
    dl([
      ['Meeting date', c.meetingDate ? e(formatLocalDate(c.meetingDate, display.locale)) : ''],
      ['Facilitator', e(c.facilitator)],
      ['In scope', e(c.inScope)],
      ['Out of scope', e(c.outOfScope)],
      ['Fingerprint', c.fingerprint ? `<span class="fingerprint">${escapeHtml(c.fingerprint)}</span>` : ''],
    ]) +
    '</header>\n' +
    `<nav aria-label="Contents"><h2>Contents</h2><ol>${sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a></li>`).join('')}</ol></nav>\n` +
    sections.map((s) => `<section aria-labelledby="${s.id}"><h2 id="${s.id}">${escapeHtml(s.title)}</h2>${s.html}</section>`).join('\n') +
    '\n</main>\n</body>\n</html>\n'
  );
}
