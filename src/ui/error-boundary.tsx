import { Component, type ReactNode } from 'react'
import { ReloadButton } from './reload-button'

interface ErrorBoundaryProps {
  /** Names what failed, for the message. */
  readonly what: string
  readonly children: ReactNode
}

/** Keeps a failing pane from blanking the page: it says what failed and offers a reload. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <div role="alert" className="notice notice-error">
        <p>
          {this.props.what} could not be shown: {this.state.error.message}
        </p>
        <ReloadButton />
      </div>
    )
  }
}
