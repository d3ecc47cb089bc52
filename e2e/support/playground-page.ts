// The one place that knows Swagger UI's markup. Walkthroughs speak in a learner's terms:
// open a lesson, authorize, try an operation, read the response.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test'
import type { ExperimentStep, TokenTampering } from '../../src/lessons/experiment'

export interface LiveResponse {
  readonly status: Locator
  readonly body: Locator
  readonly headers: Locator
}

export class PlaygroundPage {
  readonly page: Page
  /** Where the playground is drawn: the page itself, or the frame another site embeds it in. */
  readonly root: Page | FrameLocator

  constructor(page: Page, root: Page | FrameLocator = page) {
    this.page = page
    this.root = root
  }

  /** Opens a lesson by URL, as a deep link would, and waits until its docs are ready. */
  async open(lessonId?: string): Promise<void> {
    await this.page.goto(lessonId ? `./?lesson=${lessonId}` : './')
    await this.waitUntilReady()
  }

  /** Opens a lesson with one experiment highlighted, as a tutorial site's link would. */
  async openExperiment(lessonId: string, experimentId: string): Promise<void> {
    await this.page.goto(`./?lesson=${lessonId}&try=${experimentId}`)
    await this.waitUntilReady()
  }

  /** Opens a lesson with one of its mistakes switched on; an app that never starts shows no docs. */
  async openMistake(lessonId: string, mistakeId: string, options: { docs?: boolean } = {}): Promise<void> {
    await this.page.goto(`./?lesson=${lessonId}&mistake=${mistakeId}`)
    await this.waitUntilReady(options)
  }

  /** Opens a lesson pointed at a real FastAPI server (`?server=`) and waits for its docs. */
  async openWithServer(lessonId: string, serverUrl: string): Promise<void> {
    await this.page.goto(`./?lesson=${lessonId}&server=${encodeURIComponent(serverUrl)}`)
    await this.waitUntilServerAnswers()
  }

  async waitUntilServerAnswers(): Promise<void> {
    const coldStart = { timeout: 25_000 }
    await expect(this.root.getByRole('status').filter({ hasText: 'Your FastAPI server answers at' })).toBeVisible(
      coldStart,
    )
    await expect(this.docs.getByRole('heading', { name: /FastAPI/ })).toBeVisible(coldStart)
  }

  /** The newest exchange in the traffic panel whose row starts "#n METHOD path status". */
  exchange(method: string, path: string, status?: number): Locator {
    const after = status === undefined ? ' ' : ` ${status}\\b`
    return this.traffic
      .getByRole('option', { name: new RegExp(`^#\\d+ ${method} ${escapeRegExp(path)}${after}`) })
      .first()
  }

  /** In the selected exchange: what the lesson's stand-in answers to the same request. */
  get standInComparison(): Locator {
    return this.traffic.getByRole('region', { name: 'Compared with the stand-in' })
  }

  /** A cold start parses Swagger UI's 1.4 MB bundle, which takes a while on a busy machine. */
  async waitUntilReady(options: { docs?: boolean } = {}): Promise<void> {
    const coldStart = { timeout: 25_000 }
    await expect(this.root.getByRole('status').filter({ hasText: 'Mock API ready' })).toBeVisible(coldStart)
    if (options.docs !== false) await expect(this.docs.getByRole('heading', { name: /FastAPI/ })).toBeVisible(coldStart)
    // The lesson's text and experiments come once the docs have drawn, and push what is below them
    // down: wait for them, as a learner would, before clicking in the lesson column.
    await expect(
      this.root.getByRole('status').filter({ hasText: /^Loading the (lesson|lesson text|experiments|mistake)…$/ }),
    ).toHaveCount(0, coldStart)
  }

  get docs(): Locator {
    return this.root.getByRole('region', { name: 'API docs' })
  }

  get lessonHeading(): Locator {
    return this.root.getByRole('article').getByRole('heading', { level: 1 })
  }

  operation(method: string, path: string): Locator {
    return this.docs
      .locator('.opblock')
      .filter({
        has: this.root.locator('.opblock-summary-method', { hasText: new RegExp(`^${method}$`) }),
      })
      .filter({ has: this.root.locator(`.opblock-summary-path[data-path="${path}"]`) })
  }

  /**
   * Expands an operation if needed, switches on "Try it out", clicks "Execute" and returns the
   * live response (a repeated Execute keeps the operation open).
   */
  async execute(method: string, path: string): Promise<LiveResponse> {
    const operation = await this.tryItOut(method, path)
    await operation.getByRole('button', { name: 'Execute' }).click()
    return liveResponse(operation)
  }

  /**
   * As the experiments' text says: expands the operation only if it is closed and clicks "Try it
   * out" only if it is offered. Clicking either again, as an earlier experiment may have left
   * them, would close the operation or switch Try it out off ("Cancel").
   */
  async tryItOut(method: string, path: string): Promise<Locator> {
    const operation = this.operation(method, path)
    const tryItOut = operation.getByRole('button', { name: 'Try it out' })
    const executeButton = operation.getByRole('button', { name: 'Execute' })
    const ready = tryItOut.or(executeButton).first()
    if (!(await ready.isVisible())) await operation.locator('.opblock-summary-control').click()
    await expect(ready).toBeVisible()
    if (await tryItOut.isVisible()) await tryItOut.click()
    await expect(executeButton).toBeVisible()
    return operation
  }

  /**
   * Try it out on an operation with a form body: overwrites the named fields (a field with an enum
   * is a list to choose from), then Execute.
   */
  async executeForm(method: string, path: string, fields: Readonly<Record<string, string>>): Promise<LiveResponse> {
    const operation = await this.tryItOut(method, path)
    for (const [name, value] of Object.entries(fields)) {
      const field = operation.locator(`tr[data-property-name="${name}"]`)
      const list = field.getByRole('combobox')
      if ((await list.count()) > 0) await list.selectOption(value)
      else await field.getByRole('textbox').fill(value)
    }
    await operation.getByRole('button', { name: 'Execute' }).click()
    return liveResponse(operation)
  }

  get traffic(): Locator {
    return this.root.getByRole('region', { name: 'HTTP traffic' })
  }

  /** The panel's "Send a request" form; waits until the answer is in. */
  async sendFromPanel(request: Extract<ExperimentStep, { action: 'send' }>): Promise<void> {
    const toggle = this.traffic.getByRole('button', { name: 'Send a request' })
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
    await this.traffic.getByRole('combobox', { name: 'Method' }).selectOption(request.method)
    await this.traffic.getByRole('textbox', { name: 'Path' }).fill(request.path)
    const headers = Object.entries(request.headers ?? {}).map(([name, value]) => `${name}: ${value}`)
    await this.traffic.getByRole('textbox', { name: /^Headers/ }).fill(headers.join('\n'))
    await this.traffic.getByRole('textbox', { name: /^Form body/ }).fill(request.form ?? '')
    await this.traffic.getByRole('button', { name: 'Send', exact: true }).click()
    await expect(this.traffic.getByRole('status').filter({ hasText: /^(Sent|Could not send): / })).toBeVisible()
  }

  /** Selects the newest exchange on the path, tampers with its JWT in the panel, and resends it. */
  async tamperAndResend(path: string, change: TokenTampering): Promise<void> {
    const row = this.traffic.getByRole('option', { name: new RegExp(`^#\\d+ GET ${escapeRegExp(path)} `) }).first()
    await row.click()
    const form = this.traffic.getByRole('group', { name: 'Tamper and resend' })
    switch (change.kind) {
      case 'expire':
        await form.getByRole('button', { name: 'Expire it' }).click()
        break
      case 'drop-signature':
        await form.getByRole('checkbox', { name: 'Drop the signature' }).check()
        break
      case 'own-key':
        await form.getByRole('checkbox', { name: 'Sign with a key of your own' }).check()
        break
      case 'claim': {
        const payload = form.getByRole('textbox', { name: /^Payload/ })
        const claims = JSON.parse(await payload.inputValue()) as Record<string, unknown>
        claims[change.claim] = change.value
        await payload.fill(JSON.stringify(claims, null, 2))
        break
      }
    }
    const seq = /^#(\d+) /.exec((await row.textContent()) ?? '')?.[1] ?? ''
    await form.getByRole('button', { name: `Resend to ${path}` }).click()
    // The panel selects the resent exchange once its answer is in.
    await expect(this.traffic.getByRole('option', { selected: true })).not.toHaveAccessibleName(new RegExp(`^#${seq} `))
  }

  /**
   * Selects the newest POST /token row that answered 200 (to a login, if asked: its form says
   * grant_type password), and clicks "Refresh with this token" under its answer.
   */
  async refreshFrom(from: 'newest' | 'login'): Promise<void> {
    const detail = this.traffic.getByRole('group', { name: 'Selected exchange and sequence' })
    // Newest first, as the list shows them; each row found again by its number, as rows come in above.
    const names = await this.traffic.getByRole('option', { name: /^#\d+ POST \/token 200 / }).allTextContents()
    for (const seq of names.map((name) => /^#(\d+)/.exec(name)?.[1] ?? '')) {
      await this.traffic.getByRole('option', { name: new RegExp(`^#${seq} `) }).click()
      const heading = detail.getByRole('heading', { level: 3, name: new RegExp(`^#${seq} `) })
      await expect(heading).toBeVisible()
      if (from === 'login') {
        const grant = detail
          .getByRole('table', { name: 'Form fields, decoded' })
          .getByRole('row', { name: /^grant_type / })
        if ((await grant.count()) === 0 || (await grant.getByRole('cell').textContent()) !== 'password') continue
      }
      await detail
        .getByRole('group', { name: 'Refresh' })
        .getByRole('button', { name: 'Refresh with this token' })
        .click()
      // The panel selects the refresh's exchange once its answer is in.
      await expect(heading).toHaveCount(0)
      return
    }
    throw new Error(`no POST /token row answered 200${from === 'login' ? ' to a login' : ''}`)
  }

  /** Selects the newest exchange with this method and path and sends its request again. */
  async sendAgain(method: string, path: string): Promise<void> {
    const row = this.exchange(method, path)
    await row.click()
    const seq = /^#(\d+) /.exec((await row.textContent()) ?? '')?.[1] ?? ''
    await this.traffic.getByRole('button', { name: 'Send again' }).click()
    // The panel selects the new exchange once its answer is in.
    await expect(this.traffic.getByRole('option', { selected: true })).not.toHaveAccessibleName(new RegExp(`^#${seq} `))
  }

  async moveClockForward(minutes: number): Promise<void> {
    await this.root
      .getByRole('group', { name: 'Lesson clock' })
      .getByRole('button', { name: `Move time forward ${minutes} minutes` })
      .click()
  }

  /** The note that says which experiment just ticked: in the dock's header, or floating on a phone. */
  get doneNote(): Locator {
    return this.root.getByRole('status').filter({ hasText: /Done: / })
  }

  /** The lesson's "Try this" checklist item for an experiment. */
  experiment(title: string): Locator {
    return this.root
      .getByRole('list', { name: 'Try this' })
      .getByRole('listitem', { name: new RegExp(`^${escapeRegExp(title)}: `) })
  }

  /**
   * Fills Swagger UI's Authorize dialog for the password flow, ticks the given scopes and only
   * those (without `scopes`, leaves the boxes as they are), and submits it. Returns the dialog,
   * still open, to read "Authorized" or the error.
   */
  async authorize(username: string, password: string, options: { scopes?: readonly string[] } = {}): Promise<Locator> {
    await this.openAuthorizationDialog()
    const dialog = this.authorizationDialog
    const usernameBox = dialog.getByRole('textbox', { name: 'username:' })
    await this.logOutIfAuthorized(usernameBox)
    await usernameBox.fill(username)
    await dialog.getByRole('textbox', { name: 'password:' }).fill(password)
    // Swagger UI keeps the boxes of the last login ticked, as a learner finds them: untick the rest.
    // It hides the checkboxes themselves and draws their labels instead.
    const wanted = options.scopes
    if (wanted) {
      const boxes = dialog.locator('input[type="checkbox"][data-value]')
      const offered = await boxes.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-value') ?? ''))
      for (const scope of new Set([...offered, ...wanted])) {
        const box = dialog.locator(`input[type="checkbox"][data-value="${scope}"]`)
        const tick = wanted.includes(scope)
        if ((await box.isChecked()) !== tick)
          await dialog.locator(`input[type="checkbox"][data-value="${scope}"] + label`).click()
        await expect(box).toBeChecked({ checked: tick })
      }
    }
    await dialog.getByRole('button', { name: 'Apply given OAuth2 credentials' }).click()
    return dialog
  }

  /**
   * The authorization-code flow for one scheme of the dialog: client_id (when given) and exactly
   * these scopes, Authorize, then the identity provider's login in the popup Swagger UI opens. The
   * popup closes itself once it has sent the code back; Swagger UI then trades it for tokens.
   * Returns the scheme's part of the dialog, still open, to read "Authorized" or the error.
   */
  async authorizeWithCode(step: Extract<ExperimentStep, { action: 'authorize-code' }>): Promise<Locator> {
    await this.openAuthorizationDialog()
    const scheme = this.authorizationDialog
      .locator('.auth-container')
      .filter({ has: this.root.getByRole('heading', { name: new RegExp(`^${escapeRegExp(step.scheme)} \\(OAuth2`) }) })
    const clientId = scheme.getByRole('textbox', { name: 'client_id:' })
    const logout = scheme.getByRole('button', { name: 'Remove authorization' })
    await expect(clientId.or(logout).first()).toBeVisible()
    if (await logout.isVisible()) await logout.click()
    await expect(clientId).toBeVisible()
    if (step.clientId !== undefined) await clientId.fill(step.clientId)
    const boxes = scheme.locator('input[type="checkbox"][data-value]')
    const offered = await boxes.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-value') ?? ''))
    for (const scope of offered) {
      const box = scheme.locator(`input[type="checkbox"][data-value="${scope}"]`)
      const tick = step.scopes.includes(scope)
      if ((await box.isChecked()) !== tick)
        await scheme.locator(`input[type="checkbox"][data-value="${scope}"] + label`).click()
      await expect(box).toBeChecked({ checked: tick })
    }
    const popupOpens = this.page.waitForEvent('popup')
    await scheme.getByRole('button', { name: 'Apply given OAuth2 credentials' }).click()
    const popup = await popupOpens
    await popup.getByRole('textbox', { name: 'Username' }).fill(step.username)
    await popup.getByLabel('Password').fill(step.password)
    const closes = popup.waitForEvent('close')
    await popup.getByRole('button', { name: 'Sign in' }).click()
    await closes
    return scheme
  }

  /** For HTTP Basic: the dialog's username and password for the `HTTPBasic` scheme. */
  async authorizeBasic(username: string, password: string): Promise<Locator> {
    await this.openAuthorizationDialog()
    const dialog = this.authorizationDialog
    const usernameBox = dialog.getByRole('textbox', { name: /username/i })
    await this.logOutIfAuthorized(usernameBox)
    await usernameBox.fill(username)
    await dialog.getByLabel(/password/i).fill(password)
    await dialog
      .getByRole('button', { name: /Authorize|Apply/ })
      .first()
      .click()
    return dialog
  }

  /** For HTTPBearer: the dialog's single Value box; there is no login form. */
  async authorizeBearer(token: string): Promise<Locator> {
    await this.openAuthorizationDialog()
    const dialog = this.authorizationDialog
    await this.logOutIfAuthorized(this.bearerValueBox)
    await this.bearerValueBox.fill(token)
    await dialog.getByRole('button', { name: 'Apply credentials' }).click()
    return dialog
  }

  /**
   * For an API key scheme: its own part of the dialog (each scheme has one, with its own buttons),
   * Logout there first if it holds a key, then the key into its Value box and that part's Authorize.
   */
  async authorizeApiKey(scheme: string, key: string): Promise<Locator> {
    await this.openAuthorizationDialog()
    const part = this.authorizationDialog.locator('.auth-container').filter({
      has: this.root.locator('h4 code', { hasText: new RegExp(`^${escapeRegExp(scheme)}$`) }),
    })
    const value = part.getByRole('textbox', { name: 'Value:' })
    const logout = part.getByRole('button', { name: 'Remove authorization' })
    await expect(value.or(logout)).toBeVisible()
    if (!(await value.isVisible())) await logout.click()
    await value.fill(key)
    await part.getByRole('button', { name: 'Apply credentials' }).click()
    await expect(logout).toBeVisible()
    return this.authorizationDialog
  }

  /**
   * As the experiments' text says: if the open dialog shows an earlier login as authorized (no
   * box to type in, a Logout button instead), Logout first.
   */
  private async logOutIfAuthorized(firstBox: Locator): Promise<void> {
    const logout = this.authorizationDialog.getByRole('button', { name: 'Remove authorization' })
    await expect(firstBox.or(logout).first()).toBeVisible()
    if (!(await firstBox.isVisible())) await logout.first().click()
    await expect(firstBox).toBeVisible()
  }

  /** HTTPBearer's Value box; Swagger UI names it after its id rather than its "Value:" label. */
  get bearerValueBox(): Locator {
    return this.authorizationDialog.getByRole('textbox', { name: /^(Value:?|auth-bearer-value)$/ })
  }

  async openAuthorizationDialog(): Promise<void> {
    await this.docs.locator('.auth-wrapper').getByRole('button', { name: 'Authorize' }).click()
  }

  /** Opens the dialog, logs out of whatever is authorized (on a fresh page, nothing), and closes it. */
  async logOutOfEverything(): Promise<void> {
    await this.openAuthorizationDialog()
    const logout = this.authorizationDialog.getByRole('button', { name: 'Remove authorization' })
    // One button per authorized scheme; each click removes one.
    for (let left = await logout.count(); left > 0; left -= 1) await logout.first().click()
    await this.closeDialog()
  }

  /** Logs out of every scheme in the open dialog. */
  async logout(): Promise<void> {
    await this.authorizationDialog.getByRole('button', { name: 'Remove authorization' }).click()
  }

  /** Swagger UI's "Available authorizations" modal, which has no dialog role of its own. */
  get authorizationDialog(): Locator {
    return this.root.locator('.dialog-ux .modal-ux')
  }

  /** Each scheme's part of the dialog has its own Close; any of them closes the whole dialog. */
  async closeDialog(): Promise<void> {
    await this.authorizationDialog.getByRole('button', { name: 'Close', exact: true }).first().click()
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Swagger UI's live response of an operation, once it is shown. */
async function liveResponse(operation: Locator): Promise<LiveResponse> {
  const row = operation.locator('.live-responses-table tbody tr.response')
  // A first login starts the page's Argon2 worker and hashes: seconds, more on a busy machine.
  await expect(row).toBeVisible({ timeout: 60_000 })
  return {
    status: row.locator('.response-col_status'),
    body: row.locator('.response-col_description .microlight').first(),
    headers: row.locator('.response-col_description .microlight').last(),
  }
}
