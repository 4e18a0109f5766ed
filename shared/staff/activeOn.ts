/**
 * Whether someone still works at the home on a day. Apart from the staff schema (zod), so the
 * dashboard, which only asks this, loads without the form's validation.
 */

/** Active until their leaving date has passed; someone working their notice is still active. */
export function isActiveOn(member: { leavingDate: string | null }, todayIso: string): boolean {
  return member.leavingDate === null || member.leavingDate > todayIso;
}
