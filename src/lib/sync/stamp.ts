// Edit stamps: when a value was last changed, and on which device. A stamp is "<time>~<device>", the time in
// milliseconds as nine base-36 digits, so that comparing two stamps as strings compares their times first and
// breaks a tie by device. The empty stamp '' is older than every other: the state before any edit.

export type Stamp = string;

const TIME_DIGITS = 9;

export const makeStamp = (time: number, device: string): Stamp =>
  `${Math.max(0, Math.floor(time)).toString(36).padStart(TIME_DIGITS, '0')}~${device}`;

export const stampTime = (stamp: Stamp): number => (stamp ? parseInt(stamp.slice(0, TIME_DIGITS), 36) : 0);
export const stampDevice = (stamp: Stamp): string => stamp.slice(TIME_DIGITS + 1);

/** The later of two stamps ('' when both are empty). */
export const laterStamp = (a: Stamp | undefined, b: Stamp | undefined): Stamp => ((a ?? '') >= (b ?? '') ? a ?? '' : b ?? '');

export const isStamp = (value: unknown): value is Stamp =>
  typeof value === 'string' && /^[0-9a-z]{9}~[\w-]{1,32}$/.test(value);

/**
 * A clock for one device that never goes backwards and never gives the same stamp twice, even when the system
 * clock is set back or two edits fall in the same millisecond.
 */
export function deviceClock(device: string, now: () => number = Date.now) {
  let last = 0;
  return {
    device,
    /** Moves the clock past a time seen in data, so that a later edit here always sorts after it. */
    observe(time: number) {
      if (time > last) last = time;
    },
    next(): Stamp {
      last = Math.max(now(), last + 1);
      return makeStamp(last, device);
    },
  };
}
export type DeviceClock = ReturnType<typeof deviceClock>;
