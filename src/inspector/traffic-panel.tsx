// Placeholder until the live traffic inspector lands (issue 4).
import type { MockNetwork } from '../server/mock-network'

export interface TrafficPanelProps {
  /** Present once the mock has started. */
  readonly network: MockNetwork | undefined
  /** Where the active lesson's API is mounted (BASE, or BASE + "api/v1/" behind the proxy). */
  readonly apiRoot: URL
  /** The page FastAPI would serve Swagger UI from: relative token URLs resolve against it. */
  readonly docsPage: URL
  readonly lessonId: string
}

export function TrafficPanel({ network }: TrafficPanelProps) {
  return network ? null : null
}
