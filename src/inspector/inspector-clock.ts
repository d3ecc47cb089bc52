// The time the panel reads a token's exp against: the stand-in's, which a lesson's clock can move
// forward, so that "expired" in the token view agrees with the 401 the stand-in gave.
import { createContext } from 'react'

export const InspectorClock = createContext<() => number>(() => Date.now())
