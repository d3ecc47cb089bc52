// Bodies as text: the password form decoded field by field with its secrets masked, and any
// other body pretty-printed when it is JSON. React renders all of it as text, markup included.
import { useMemo } from 'react'
import { prettyBodyMaskingEchoes } from './echoed-secrets'
import type { HeaderList } from './exchange-facts'
import { maskFormBody, maskFormValue, prettyBody } from './formatters'

interface FormBodyViewProps {
  readonly form: HeaderList
  readonly body: string
  readonly reveal: boolean
}

export function FormBodyView({ form, body, reveal }: FormBodyViewProps) {
  return (
    <>
      <table className="form-table">
        <caption>Form fields, decoded</caption>
        <tbody>
          {form.map(([name, value], index) => (
            <tr key={`${name} ${index}`}>
              <th scope="row">{name}</th>
              <td>
                {value === '' ? (
                  <em>(empty: FastAPI reads it as not sent)</em>
                ) : (
                  <code>{maskFormValue(name, value, reveal)}</code>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {form.length === 0 && <p className="empty-body">The form has no fields.</p>}
      <details className="raw-body">
        <summary>Raw body</summary>
        <pre tabIndex={0}>{maskFormBody(body, reveal)}</pre>
      </details>
    </>
  )
}

interface PrettyBodyProps {
  readonly title: string
  readonly body: string
  /** Given for an answer: the secrets a 422 echoes in its errors are masked until revealed. */
  readonly reveal?: boolean
}

export function PrettyBody({ title, body, reveal }: PrettyBodyProps) {
  const text = useMemo(
    () => (reveal === undefined ? prettyBody(body) : prettyBodyMaskingEchoes(body, reveal)),
    [body, reveal],
  )
  return (
    <figure className="body-view">
      <figcaption>{title}</figcaption>
      <pre tabIndex={0}>{text}</pre>
    </figure>
  )
}
