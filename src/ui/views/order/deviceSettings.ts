/**
 * "Remember these settings on this device": the reseller's own settings
 * (core/order/resellerSettings.ts decides which) in the browser's
 * localStorage, written only after the user turned the option on, and
 * removed by "Forget".
 */
import { readSettings, type ResellerSettings } from '../../../core/order';

const SLOT = 'sectigo-order-desk/reseller-settings/v1';

function shelf(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Blocked by the browser's privacy settings: the option then does nothing.
    return undefined;
  }
}

/** The settings remembered on this device, or undefined when none are. */
export function recallDeviceSettings(): ResellerSettings | undefined {
  const text = shelf()?.getItem(SLOT);
  if (text === null || text === undefined) return undefined;
  try {
    return readSettings(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export function rememberDeviceSettings(settings: ResellerSettings): void {
  try {
    shelf()?.setItem(SLOT, JSON.stringify(readSettings(settings)));
  } catch {
    // Full or blocked: nothing is remembered, and nothing else breaks.
  }
}

export function forgetDeviceSettings(): void {
  shelf()?.removeItem(SLOT);
}
