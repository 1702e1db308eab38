// This browser's device id, for edit stamps: merging two people's copies tells their edits apart by it.
import { deviceClock, type DeviceClock } from '../sync/stamp';
import { readKey, writeKey } from './backend';

const DEVICE_KEY = 'gmg:device';
let clock: DeviceClock | undefined;

const randomDevice = () => Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => (b % 36).toString(36)).join('');

/** The clock that stamps this browser's edits; the id is kept in storage so that it stays the same across visits. */
export function editClock(): DeviceClock {
  if (clock) return clock;
  const read = readKey(DEVICE_KEY);
  let device = read.ok && read.value && /^[a-z0-9]{6}$/.test(read.value) ? read.value : '';
  if (!device) {
    device = randomDevice();
    writeKey(DEVICE_KEY, device);
  }
  return (clock = deviceClock(device));
}
