// An experiment's steps as the exact clicks, in Markdown. The walkthroughs replay the same steps,
// so these sentences cannot promise a click that the page does not have.
import type { ExperimentStep, TokenTampering } from '../lessons/experiment'
import type { LessonSwitch } from '../lessons/lesson'

const AUTHORIZE_FIRST =
  'Click **Authorize** at the top of the docs (if the dialog shows you as authorized, click **Logout** first)'

export function stepText(step: ExperimentStep, switches: readonly LessonSwitch[]): string {
  switch (step.action) {
    case 'switch': {
      const label = switches.find((candidate) => candidate.id === step.switchId)?.label ?? step.switchId
      return `Tick **${label}** under **Additions that are not part of the tutorial**, if it is not ticked already.`
    }
    case 'authorize': {
      // Swagger UI keeps the boxes of the last login ticked, so the text says which to untick too.
      const scopes = step.scopes ?? []
      const ticks =
        scopes.length === 0
          ? ', untick every scope under Scopes'
          : `, tick only ${scopes.map((scope) => `\`${scope}\``).join(' and ')} under Scopes`
      return (
        `${AUTHORIZE_FIRST}, enter username ${code(step.username)} and password ${code(step.password)}` +
        `${step.scopes === undefined ? '' : ticks}, click **Authorize** in the dialog and, once it answers, **Close**.`
      )
    }
    case 'authorize-code': {
      const scopes =
        step.scopes.length === 0
          ? 'untick every scope'
          : `tick only ${step.scopes.map((scope) => code(scope)).join(' and ')} under Scopes`
      const client = step.clientId === undefined ? '' : `change **client_id** to ${code(step.clientId)}, `
      return (
        `Click **Authorize** at the top of the docs (if **${step.scheme}** shows you as authorized, click its ` +
        `**Logout** first). Under **${step.scheme}**, ${client}${scopes} and click **Authorize**. In the identity ` +
        `provider’s window that opens, log in as ${code(step.username)} with the password ${code(step.password)} ` +
        'and click **Sign in**. The window closes itself; once the dialog shows you as authorized, click **Close**.'
      )
    }
    case 'resend':
      return `In **HTTP traffic**, select the newest **${step.method} ${step.path}** row, then click **Send again**.`
    case 'logout':
      return (
        'If an earlier experiment left you authorized, click **Authorize** at the top of the docs, then ' +
        '**Logout**, then **Close**: Swagger UI sends nothing until you authorize again.'
      )
    case 'authorize-basic':
      return (
        `${AUTHORIZE_FIRST}, enter username ${code(step.username)} and password ${code(step.password)} ` +
        'under HTTPBasic, click **Authorize** in the dialog, then **Close**.'
      )
    case 'authorize-bearer':
      return (
        `${AUTHORIZE_FIRST}, type ${code(step.token)} into **Value** under HTTPBearer (there is no username or ` +
        'password to fill), click **Authorize** in the dialog, then **Close**.'
      )
    case 'authorize-api-key':
      // Each scheme has its own part of the dialog, with its own Authorize or Logout button.
      return (
        `Click **Authorize** at the top of the docs; under **${step.scheme}** (if that part shows as authorized, ` +
        `click its **Logout** first), type ${code(step.key)} into **Value**, click the **Authorize** button of that ` +
        'part, then **Close**.'
      )
    case 'reload':
      return 'Reload the page (the address keeps the lesson and its mistake).'
    case 'execute':
      return `${tryItOutText(step.method, step.path)}, then **Execute**.`
    case 'execute-form': {
      const fields = Object.entries(step.fields).map(([name, value]) => `${name} to ${code(value)}`)
      return `${tryItOutText(step.method, step.path)}, set ${listed(fields)}, then click **Execute**.`
    }
    case 'send':
      return `In **HTTP traffic**, open **Send a request** if it is closed, ${sendParts(step).join(', ')}, and click **Send**.`
    case 'tamper':
      return (
        `In **HTTP traffic**, select the newest **GET ${step.path}** row, then under **Tamper and resend** ` +
        `${tamperingText(step.change)} and click **Resend to ${step.path}**.`
      )
    case 'refresh': {
      const row =
        step.from === 'newest'
          ? 'the newest **POST /token** row that answered 200'
          : 'the newest **POST /token** row that answered 200 to a login (its form says grant_type `password`)'
      return `In **HTTP traffic**, select ${row}, then under its answer click **Refresh with this token**.`
    }
    case 'clock':
      return `Under **Lesson clock**, click **Move time forward ${step.minutes} minutes**.`
  }
}

/**
 * The operation may be open, and Try it out on, from an earlier experiment: clicking either again
 * would close it, so the text says to click only what is offered.
 */
function tryItOutText(method: string, path: string): string {
  return `Expand **${method} ${path}** if it is closed, click **Try it out** if it is offered (once on, the button reads **Cancel**)`
}

/**
 * The form keeps what the last request left in it: the text names every box, so that a header or
 * a body from an earlier experiment is not sent along.
 */
function sendParts(step: Extract<ExperimentStep, { action: 'send' }>): string[] {
  const headers = Object.entries(step.headers ?? {}).map(([name, value]) => code(`${name}: ${value}`))
  const parts = [`choose ${step.method}`, `set **Path** to ${code(step.path)}`]
  const empty: string[] = []
  if (headers.length === 0) empty.push('**Headers**')
  else
    parts.push(`set **Headers** to ${listed(headers)}${headers.length > 1 ? ', one per line,' : ''} and nothing else`)
  if (step.form === undefined) empty.push('**Form body**')
  else parts.push(`set **Form body** to ${code(step.form)}`)
  if (empty.length > 0) parts.push(`empty ${empty.join(' and ')}`)
  return parts
}

function tamperingText(change: TokenTampering): string {
  switch (change.kind) {
    case 'expire':
      return 'click **Expire it**'
    case 'drop-signature':
      return 'tick **Drop the signature**'
    case 'own-key':
      return 'tick **Sign with a key of your own**'
    case 'claim':
      return `change the payload’s ${code(change.claim)} to ${code(JSON.stringify(change.value))}`
  }
}

/** Inline code that survives backticks in the value. */
function code(value: string): string {
  const fence = value.includes('`') ? '``' : '`'
  return value === '' ? '(nothing)' : `${fence}${value}${fence}`
}

function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`
}
