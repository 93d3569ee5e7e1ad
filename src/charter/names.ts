/**
 * How things without a name are shown, and small wording helpers shared by the
 * app, the PDF and the command line (one copy of each).
 */

export const UNTITLED_CHARTER = 'Untitled charter';
export const UNNAMED_FOCUS_AREA = 'Unnamed focus area';

/** The charter's title as shown: "Untitled charter" when it has none. */
export function charterTitle(charter: { title: string }): string {
  return charter.title.trim() || UNTITLED_CHARTER;
}

/** A focus area's name as shown: "Unnamed focus area" when it has none. */
export function focusAreaName(focusArea: { name: string } | undefined | null): string {
  return focusArea?.name.trim() || UNNAMED_FOCUS_AREA;
}

/** "1 focus area", "3 focus areas". */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
