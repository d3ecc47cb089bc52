import { PROXY_PREFIX, resolveTokenUrl, type ApiMount } from './api-mount'
import { rootPathOf } from '../server/traffic'

interface ProxyControlsProps {
  readonly behindProxy: boolean
  readonly onChange: (behindProxy: boolean) => void
  readonly mount: ApiMount
}

/**
 * Mounts the lesson's API under /api/v1, as FastAPI behind a proxy with root_path, and says what
 * moves: the "Behind a proxy" panel of the docs' top bar.
 */
export function ProxyControls({ behindProxy, onChange, mount }: ProxyControlsProps) {
  const relative = resolveTokenUrl('token', mount.docsPage)
  const absolute = resolveTokenUrl('/token', mount.docsPage)
  return (
    <div className="proxy-controls">
      <div className="lesson-switch">
        <input
          type="checkbox"
          id="behind-proxy"
          checked={behindProxy}
          onChange={(event) => {
            onChange(event.target.checked)
          }}
        />
        <label htmlFor="behind-proxy">
          Serve the API under <code>/{PROXY_PREFIX.replace(/\/$/, '')}</code> (FastAPI’s <code>root_path</code>)
        </label>
      </div>
      <p>
        FastAPI then lists <code>{rootPathOf(mount.apiRoot)}</code> as its server in the OpenAPI document and serves its
        docs page at <code>{mount.docsPage.pathname}</code>. Swagger UI ignores a relative server for the token request
        and resolves the <code>tokenUrl</code> against that page instead:
      </p>
      <ul>
        <li>
          <code>tokenUrl="token"</code> goes to <code>{relative.pathname}</code>: inside the mount, found.
        </li>
        <li>
          <code>tokenUrl="/token"</code> would go to <code>{absolute.pathname}</code>
          {behindProxy || absolute.href !== relative.href ? ': outside the mount, where nothing answers.' : '.'}
        </li>
      </ul>
    </div>
  )
}
