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
      return `Tick **${label}** under **Additions that are not part of the tutorial**.`
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
    case 'reload':
      return 'Reload the page (the address keeps the lesson and its mistake).'
    case 'execute':
      return `Expand **${step.method} ${step.path}**, click **Try it out**, then **Execute**.`
    case 'execute-form': {
      const fields = Object.entries(step.fields).map(([name, value]) => `${name} to ${code(value)}`)
      return (
        `Expand **${step.method} ${step.path}**, click **Try it out**, set ${listed(fields)}, ` +
        'then click **Execute**.'
      )
    }
    case 'send': {
      const parts = [`choose ${step.method}`, `set the path to ${code(step.path)}`]
      for (const [name, value] of Object.entries(step.headers ?? {}))
        parts.push(`add the header ${code(`${name}: ${value}`)}`)
      if (step.form !== undefined) parts.push(`set the form body to ${code(step.form)}`)
      return `In **HTTP traffic**, open **Send a request**, ${listed(parts)}, and click **Send**.`
    }
    case 'tamper':
      return (
        `In **HTTP traffic**, select the newest **GET ${step.path}** row, then under **Tamper and resend** ` +
        `${tamperingText(step.change)} and click **Resend to ${step.path}**.`
      )
    case 'clock':
      return `Under **Lesson clock**, click **Move time forward ${step.minutes} minutes**.`
  }
}

function tamperingText(change: TokenTampering): string {
  switch (change.kind) {
    case 'expire':
      return 'click **Expire it**'
    case 'drop-signature':
      return 'tick **Drop the signature**'
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
