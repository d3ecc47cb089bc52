// The playground's cookie jar as a browser's storage view shows it: each cookie held once this
// exchange was answered, with the attributes that decide where it goes and when it ends.
import { useContext } from 'react'
import { cookieJarOf, expiryText, sameSiteValue } from './cookie-jar-notes'
import { InspectorClock } from './inspector-clock'
import type { Exchange } from './exchange'

export function CookieJarView({ exchange }: { readonly exchange: Exchange }) {
  const now = useContext(InspectorClock)()
  const jar = cookieJarOf(exchange)
  if (!jar) return null
  const caption = 'The playground’s cookie jar after this answer'
  return (
    <>
      <h4>Cookie jar</h4>
      <p className="cookie-jar-note">
        A browser keeps cookies itself and never shows HttpOnly ones to the page (<code>document.cookie</code> leaves
        them out). Here a service worker answers, and a browser ignores Set-Cookie on such an answer, so the playground
        keeps this jar in its place: it sends these cookies with each request to the app whose path matches, and drops
        them when they expire by the lesson clock.
      </p>
      {jar.after.length === 0 ? (
        <p className="empty-body">{caption}: empty.</p>
      ) : (
        <table className="cookie-jar-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">HttpOnly</th>
              <th scope="col">SameSite</th>
              <th scope="col">Path</th>
              <th scope="col">Expiry</th>
            </tr>
          </thead>
          <tbody>
            {jar.after.map((cookie) => (
              <tr key={`${cookie.name} ${cookie.path}`}>
                <th scope="row">{cookie.name}</th>
                <td>
                  <code>{cookie.value}</code>
                </td>
                <td>{cookie.httpOnly ? 'yes: hidden from page scripts' : 'no: page scripts can read it'}</td>
                <td>{sameSiteValue(cookie)}</td>
                <td>
                  <code>{cookie.path}</code>
                </td>
                <td>{expiryText(cookie, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
