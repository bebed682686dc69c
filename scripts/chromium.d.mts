export const SYSTEM_CHROMIUM: string;
/** Path to launch, undefined for Playwright's own browser, null when there is no Chromium. */
export function chromiumExecutable(): string | undefined | null;
