import { formatterPerZone } from '../parsing/timeZone';

/**
 * Time slots (场次时段) by the session's start hour in the workspace's time zone. A 10:00 stream and a
 * 20:00 stream have different audiences and traffic, so a session is benchmarked only against its slot.
 */
export const timeSlots = [
  { id: 'night', fromHour: 0, toHour: 6 }, // 夜场 00–06
  { id: 'morning', fromHour: 6, toHour: 12 }, // 早场 06–12
  { id: 'afternoon', fromHour: 12, toHour: 18 }, // 午场 12–18
  { id: 'evening', fromHour: 18, toHour: 24 }, // 晚场 18–24
] as const;
export type TimeSlot = (typeof timeSlots)[number]['id'];
export const timeSlotIds = timeSlots.map((s) => s.id) as [TimeSlot, ...TimeSlot[]];

export function slotOfHour(hour: number): TimeSlot {
  const slot = timeSlots.find((s) => hour >= s.fromHour && hour < s.toHour);
  if (!slot) throw new RangeError(`Hour out of range: ${hour}`);
  return slot.id;
}

/** The local hour of an instant in a time zone (Intl: no dependency, DST-safe). */
// A diagnosis over thousands of sessions reuses one formatter per zone.
const hourFormatter = formatterPerZone('en-GB', { hour: '2-digit', hourCycle: 'h23' });

export function localHour(isoInstant: string, timeZone: string): number {
  return Number(hourFormatter(timeZone).format(new Date(isoInstant)));
}

export function slotOf(isoInstant: string, timeZone: string): TimeSlot {
  return slotOfHour(localHour(isoInstant, timeZone));
}
