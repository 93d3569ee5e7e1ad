/**
 * The charter PDF's decision rights (one table per focus area, focus areas with
 * the same rights sharing a table, changed rows marked in words) and role cards
 * (purpose, responsibilities, who holds the role).
 */
import type { CellHookData } from 'jspdf-autotable';
import type { Charter } from '../../charter/Charter';
import { domainName } from '../../charter/DecisionDomain';
import { ownershipGaps, rightsGroups } from '../../charter/DecisionRight';
import { modelLabel } from '../../charter/DecisionModel';
import { roleHolders } from '../../charter/Role';
import { NO_OWNER } from '../../charter/expectationGroups';
import { cleanText, sideLabel } from './layout';
import { RULE, SECONDARY, SIZE, orUntitled, type Writer } from './writer';

export const CHANGED_NOTE = '(changed from the model)';

function roleNameOr(charter: Charter, id: string | null, fallback: string): string {
  if (!id) return fallback;
  const role = charter.roles.find((r) => r.id === id);
  return role ? orUntitled(role.name, 'Unnamed role') : fallback;
}

function boldNoOwner(data: CellHookData): void {
  if (data.section === 'body' && data.cell.raw === NO_OWNER) data.cell.styles.fontStyle = 'bold';
}

/** About how tall a rights table is (30 points a row), kept whole when it fits on a page. */
function tableKeep(w: Writer, rows: number, extra = 0): number {
  const h = 40 + rows * 30 + extra;
  return h <= w.frame.bottom - w.frame.top - 60 ? h : 90;
}

export function drawDecisionRights(w: Writer, charter: Charter): void {
  const groups = rightsGroups(charter);
  // The title, its introduction and the first table start on the same page.
  w.heading('Decision rights', 1, groups[0]?.model ? tableKeep(w, groups[0].rows.length, 110) : 110);
  w.paragraph(
    'For each focus area and each area of decisions: who sets the priorities, who decides the actions, who must be consulted and who is kept informed. ' +
      'Rows start from the focus area’s agreed model; a row the team changed says so.',
    { after: 8 },
  );
  if (charter.domains.length === 0 || charter.focusAreas.length === 0) {
    w.paragraph(charter.domains.length === 0 ? 'No decision areas are listed yet.' : 'No focus areas are listed yet.');
    return;
  }
  const list = (ids: string[]) => (ids.length ? ids.map((id) => roleNameOr(charter, id, 'Unknown role')).join(', ') : 'None');
  for (const g of groups) {
    const names = g.focusAreas.map((f) => orUntitled(f.name, 'Unnamed focus area')).join(', ');
    w.heading(names, 2, tableKeep(w, g.rows.length));
    w.paragraph(modelLabel(g.model), { size: SIZE.small, grey: SECONDARY, after: 4 });
    if (!g.model && g.rows.every(({ right }) => !right?.overridden)) {
      w.paragraph('Its decision rights follow once a model is agreed for it.', { after: 8 });
      continue;
    }
    w.table(
      {
        head: [['Area of decisions', 'Sets priorities', 'Decides actions', 'Consulted', 'Informed']],
        body: g.rows.map(({ domain, right }, i) => [
          right?.overridden ? `${domainName(domain, i)}\n${CHANGED_NOTE}` : domainName(domain, i),
          roleNameOr(charter, right?.setsPriorities ?? null, NO_OWNER),
          roleNameOr(charter, right?.decidesActions ?? null, NO_OWNER),
          list(right?.consulted ?? []),
          list(right?.informed ?? []),
        ]),
        columnStyles: { 0: { fontStyle: 'bold', cellWidth: 130 } },
        didParseCell: boldNoOwner,
      },
      `Decision rights: ${names}`,
    );
  }
  const gaps = ownershipGaps(charter).length;
  if (gaps) {
    w.paragraph(
      gaps === 1
        ? 'One decision has no owner yet (marked “No owner”).'
        : `${gaps} decisions have no owner yet (marked “No owner”).`,
      { bold: true },
    );
  }
}

export function drawRoles(w: Writer, charter: Charter): void {
  w.heading('Roles', 1, 100);
  if (charter.roles.length === 0) {
    w.paragraph('No roles are listed yet.');
    return;
  }
  const pad = 10;
  const inner = w.width - 2 * pad;
  const lh = w.lineHeight(SIZE.body);
  for (const role of charter.roles) {
    const name = orUntitled(role.name, 'Unnamed role');
    const purpose = w.wrap(orUntitled(role.purpose, 'Not written yet'), inner, SIZE.body);
    const resp = w.wrap(orUntitled(role.responsibilities, 'Not written yet'), inner, SIZE.body);
    const holders = roleHolders(charter, role).map((m) => [orUntitled(m.name, 'Unnamed'), cleanText(m.title).trim()].filter(Boolean).join(', '));
    const held = w.wrap(holders.length ? holders.join('; ') : 'No one on the team yet', inner, SIZE.body);
    const nameH = SIZE.h3 * 1.35;
    const height = pad + nameH + 4 + 3 * (lh + 4) + (purpose.length + resp.length + held.length) * lh + pad;
    const boxed = height <= w.frame.bottom - w.frame.top;
    if (boxed) w.ensure(height);
    else w.ensure(nameH + 4 * lh);
    const top = w.y;
    w.y += pad;
    w.font(SIZE.h3, true);
    w.drawLine(name, w.x + pad, w.y);
    w.font(SIZE.small, false, SECONDARY);
    w.drawLine(`${sideLabel(role.side)} side`, w.x + w.width - pad, w.y + (SIZE.h3 - SIZE.small), { align: 'right' });
    w.y += nameH + 4;
    w.lines(['Purpose'], w.x + pad, SIZE.body, true);
    w.lines(purpose, w.x + pad, SIZE.body);
    w.y += 4;
    w.lines(['Responsibilities'], w.x + pad, SIZE.body, true);
    w.lines(resp, w.x + pad, SIZE.body);
    w.y += 4;
    w.lines(['Held by'], w.x + pad, SIZE.body, true);
    w.lines(held, w.x + pad, SIZE.body);
    w.y += pad;
    if (boxed) {
      w.doc.setDrawColor(RULE);
      w.doc.setLineWidth(0.75);
      w.doc.rect(w.x, top, w.width, w.y - top, 'S');
    }
    w.y += 10;
  }
}
