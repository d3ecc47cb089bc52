// The one place that knows Swagger UI's markup. Walkthroughs speak in a learner's terms:
// open a lesson, authorize, try an operation, read the response.
import { expect, type Locator, type Page } from '@playwright/test'

export interface LiveResponse {
  readonly status: Locator
  readonly body: Locator
  readonly headers: Locator
}

export class PlaygroundPage {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  /** Opens a lesson by URL, as a deep link would, and waits until its docs are ready. */
  async open(lessonId?: string): Promise<void> {
    await this.page.goto(lessonId ? `./?lesson=${lessonId}` : './')
    await this.waitUntilReady()
  }

  /** A cold start parses Swagger UI's 1.4 MB bundle, which takes a while on a busy machine. */
  async waitUntilReady(): Promise<void> {
    const coldStart = { timeout: 25_000 }
    await expect(this.page.getByRole('status').filter({ hasText: 'Mock API ready' })).toBeVisible(coldStart)
    await expect(this.docs.getByRole('heading', { name: /FastAPI/ })).toBeVisible(coldStart)
  }

  get docs(): Locator {
    return this.page.getByRole('region', { name: 'API docs' })
  }

  get lessonHeading(): Locator {
    return this.page.getByRole('article').getByRole('heading', { level: 1 })
  }

  operation(method: string, path: string): Locator {
    return this.docs
      .locator('.opblock')
      .filter({
        has: this.page.locator('.opblock-summary-method', { hasText: new RegExp(`^${method}$`) }),
      })
      .filter({ has: this.page.locator(`.opblock-summary-path[data-path="${path}"]`) })
  }

  /**
   * Expands an operation if needed, switches on "Try it out", clicks "Execute" and returns the
   * live response (a repeated Execute keeps the operation open).
   */
  async execute(method: string, path: string): Promise<LiveResponse> {
    const operation = this.operation(method, path)
    const tryItOut = operation.getByRole('button', { name: 'Try it out' })
    const executeButton = operation.getByRole('button', { name: 'Execute' })
    const ready = tryItOut.or(executeButton).first()
    if (!(await ready.isVisible())) await operation.locator('.opblock-summary-control').click()
    await expect(ready).toBeVisible()
    if (await tryItOut.isVisible()) await tryItOut.click()
    await executeButton.click()
    const row = operation.locator('.live-responses-table tbody tr.response')
    await expect(row).toBeVisible()
    return {
      status: row.locator('.response-col_status'),
      body: row.locator('.response-col_description .microlight').first(),
      headers: row.locator('.response-col_description .microlight').last(),
    }
  }

  /**
   * Fills Swagger UI's Authorize dialog for the password flow, ticks the given scopes, and
   * submits it. Returns the dialog, still open, to read "Authorized" or the error.
   */
  async authorize(username: string, password: string, options: { scopes?: readonly string[] } = {}): Promise<Locator> {
    await this.openAuthorizationDialog()
    const dialog = this.authorizationDialog
    await dialog.getByRole('textbox', { name: 'username:' }).fill(username)
    await dialog.getByRole('textbox', { name: 'password:' }).fill(password)
    // Swagger UI hides the scope checkboxes and draws their labels instead.
    for (const scope of options.scopes ?? []) {
      await dialog.locator(`input[type="checkbox"][data-value="${scope}"] + label`).click()
      await expect(dialog.locator(`input[type="checkbox"][data-value="${scope}"]`)).toBeChecked()
    }
    await dialog.getByRole('button', { name: 'Apply given OAuth2 credentials' }).click()
    return dialog
  }

  /** For HTTP Basic: the dialog's username and password for the `HTTPBasic` scheme. */
  async authorizeBasic(username: string, password: string): Promise<Locator> {
    await this.openAuthorizationDialog()
    const dialog = this.authorizationDialog
    await dialog.getByRole('textbox', { name: /username/i }).fill(username)
    await dialog.getByLabel(/password/i).fill(password)
    await dialog
      .getByRole('button', { name: /Authorize|Apply/ })
      .first()
      .click()
    return dialog
  }

  async openAuthorizationDialog(): Promise<void> {
    await this.docs.locator('.auth-wrapper').getByRole('button', { name: 'Authorize' }).click()
  }

  /** Logs out of every scheme in the open dialog. */
  async logout(): Promise<void> {
    await this.authorizationDialog.getByRole('button', { name: 'Remove authorization' }).click()
  }

  /** Swagger UI's "Available authorizations" modal, which has no dialog role of its own. */
  get authorizationDialog(): Locator {
    return this.page.locator('.dialog-ux .modal-ux')
  }

  async closeDialog(): Promise<void> {
    await this.authorizationDialog.getByRole('button', { name: 'Close', exact: true }).click()
  }
}
