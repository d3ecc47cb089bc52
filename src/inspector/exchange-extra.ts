// A place in an exchange's detail for views the inspector does not know: the shell fills it
// (with the comparison against the stand-in, when a real server answers), so that imports keep
// flowing one way.
import { createContext, type ReactNode } from 'react'
import type { Exchange } from './exchange'

export const ExchangeExtraContext = createContext<((exchange: Exchange) => ReactNode) | undefined>(undefined)
