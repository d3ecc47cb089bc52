// What msw says on the console, for the walkthroughs (e2e/fixtures.ts): every one of its warnings
// and errors is a walkthrough's failure, and one refusal it provokes in Chromium is not.

/**
 * msw's warnings and errors, from the page (devUtils.warn and devUtils.error) and from its worker
 * (console.error in mockServiceWorker.js), all start with "[MSW]"; a styled one with "%c[MSW]".
 */
export function isMswMessage(text: string): boolean {
  return /^(%c)?\[MSW\]/.test(text)
}

// On a page loaded right after another in the same tab, Chromium sometimes refuses the background
// registration.update() that msw starts (and does not await) with "Not found". Seen in about one
// run in two of the experiment walkthroughs, which reload a lesson several times a minute; the
// worker already controls the page and keeps answering, only that update check is skipped. (It
// may come prefixed, as an uncaught rejection.)
const WORKER_UPDATE_REFUSAL =
  /Failed to update a ServiceWorker for scope \('[^']+'\) with script \('[^']+\/playground-worker\.js'\): Not found$/

/** Chromium's refusal of the update msw starts and does not await; harmless, see above. */
export function isWorkerUpdateRefusal(text: string): boolean {
  return WORKER_UPDATE_REFUSAL.test(text)
}
