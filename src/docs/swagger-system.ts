// The few parts of Swagger UI's plugin system that our components use. Swagger UI ships no
// types for them (@types/swagger-ui-react types the system as `any`), so they are declared here,
// narrowly, in the one folder that knows Swagger UI.
import { createElement, type ComponentType, type ReactNode } from 'react'

/** Props of Swagger UI's components as we pass them: anything, plus children. */
export type SwaggerComponentProps = Readonly<Record<string, unknown>> & { readonly children?: ReactNode }

export type SwaggerComponent = ComponentType<SwaggerComponentProps>

/** `getComponent(name, true)` returns the component connected to the system's state. */
export type GetComponent = (name: string, container?: boolean) => SwaggerComponent

/** An Immutable.js collection, as far as we read one. */
interface Sized {
  readonly size: number
}

export interface SpecSelectors {
  isSwagger2(): boolean
  isOAS3(): boolean
  isOAS31(): boolean
  isOAS32?(): boolean
  specStr(): string
  loadingStatus(): string | undefined
  servers(): Sized | undefined
  schemes(): Sized | undefined
  securityDefinitions(): unknown
}

export interface ErrSelectors {
  lastError(): { get(key: 'message'): unknown } | undefined
}

export interface AuthActions {
  showDefinitions(shown: boolean): void
}

export interface AuthSelectors {
  shownDefinitions(): { valueSeq(): { map<T>(render: (definition: unknown, key: number) => T): Iterable<T> } }
}

/** Swagger UI's error actions, as far as we call them. */
export interface ErrActions {
  /** Drops every error whose fields equal all of the filter's (`{ source: 'auth' }`: the dialog's). */
  clear(filter: Readonly<Record<string, string>>): void
}

/** The system Swagger UI hands to `onComplete`, read defensively: its shape is not typed anywhere. */
export function errActionsOf(system: unknown): ErrActions | undefined {
  if (typeof system !== 'object' || system === null || !('errActions' in system)) return undefined
  const actions: unknown = system.errActions
  if (typeof actions !== 'object' || actions === null || !('clear' in actions)) return undefined
  const { clear } = actions
  if (typeof clear !== 'function') return undefined
  return {
    clear(filter) {
      Reflect.apply(clear, actions, [filter])
    },
  }
}

/**
 * The system's `initOAuth` (what FastAPI's /docs page calls with `swagger_ui_init_oauth`), read
 * defensively like the rest: swagger-ui-react takes no prop for it.
 */
export function initOAuthOf(system: unknown): ((config: Readonly<Record<string, unknown>>) => void) | undefined {
  if (typeof system !== 'object' || system === null || !('initOAuth' in system)) return undefined
  const { initOAuth } = system
  if (typeof initOAuth !== 'function') return undefined
  return (config) => {
    Reflect.apply(initOAuth, system, [config])
  }
}

/**
 * Draws one of Swagger UI's components by name, as its own layouts do with `getComponent`.
 * Swagger UI memoizes `getComponent`, so a name always yields the same component and React keeps
 * its state across renders; looking it up during render, as Swagger UI itself does, is safe.
 */
export function SwaggerPart({ of, component, container = false, ...props }: SwaggerPartProps) {
  return createElement(of(component, container), props)
}

type SwaggerPartProps = SwaggerComponentProps & {
  readonly of: GetComponent
  /** The name Swagger UI registers the component under. */
  readonly component: string
  /** Connected to Swagger UI's state, as `getComponent(name, true)`. */
  readonly container?: boolean
}
