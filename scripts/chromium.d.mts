import type { Browser } from 'playwright-core';

/** CHROMIUM_PATH from the environment, else Debian's /usr/bin/chromium. */
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_FLAGS: readonly string[];
/** A headless Chromium with the project's flags plus `extraArgs`, in a fresh profile. */
export declare function launchChromium(extraArgs?: readonly string[]): Promise<Browser>;
