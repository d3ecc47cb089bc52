// How tall the traffic dock is and whether it is open, remembered between visits: a learner who
// made room for Swagger UI, or for the inspector, finds it as they left it.
import type { KeyValueStore } from '../ui/safe-storage'

export const DOCK_STORAGE_KEY = 'bearer-playground.traffic-dock'
/** Room for the heading, the toolbar and a couple of rows. */
export const DOCK_MIN_HEIGHT = 120
/** The header and a strip of the lesson stay in view above the tallest dock. */
const MAX_SHARE = 0.85
/** The newest rows and their detail, on a tall screen: 432 px at 1080 px high. */
const DEFAULT_SHARE = 0.4
/** However little room is left above, the first height is at least this share of the viewport. */
const FLOOR_SHARE = 0.3

export interface DockState {
  readonly open: boolean
  /** The height the learner chose, in px; undefined follows the viewport. */
  readonly height: number | undefined
}

export const DEFAULT_DOCK: DockState = { open: true, height: undefined }

export interface DockBounds {
  readonly min: number
  readonly max: number
}

export function dockBounds(viewportHeight: number): DockBounds {
  return { min: DOCK_MIN_HEIGHT, max: Math.max(DOCK_MIN_HEIGHT, Math.floor(viewportHeight * MAX_SHARE)) }
}

/**
 * The height to draw: the chosen one, or the first height, always within the bounds. The first
 * height leaves `roomAbove` px above the dock (the shell knows what it puts there: the docs need
 * room to show an operation), down to a floor that keeps the newest rows in view.
 */
export function dockHeight(state: DockState, viewportHeight: number, roomAbove = 0): number {
  return clampHeight(state.height ?? firstHeight(viewportHeight, roomAbove), viewportHeight)
}

function firstHeight(viewportHeight: number, roomAbove: number): number {
  const share = Math.min(viewportHeight * DEFAULT_SHARE, viewportHeight - roomAbove)
  return Math.max(viewportHeight * FLOOR_SHARE, share)
}

export function clampHeight(height: number, viewportHeight: number): number {
  const { min, max } = dockBounds(viewportHeight)
  return Math.round(Math.min(max, Math.max(min, height)))
}

export function readDockState(store: KeyValueStore | undefined): DockState {
  return parseDockState(store?.read(DOCK_STORAGE_KEY))
}

export function writeDockState(store: KeyValueStore | undefined, state: DockState): void {
  store?.write(DOCK_STORAGE_KEY, JSON.stringify(state))
}

/** Whatever was stored, by this version or by hand, gives a usable state. */
export function parseDockState(text: string | undefined): DockState {
  if (text === undefined) return DEFAULT_DOCK
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return DEFAULT_DOCK
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_DOCK
  const { open, height } = value as Record<string, unknown>
  return {
    open: typeof open === 'boolean' ? open : DEFAULT_DOCK.open,
    height: typeof height === 'number' && Number.isFinite(height) && height > 0 ? height : undefined,
  }
}
