/** Today's date on this PC as ISO; read when needed rather than cached, so midnight is noticed. */
import { toIsoDate } from '../../shared/dates';

export function todayIso(): string {
  return toIsoDate(new Date());
}
