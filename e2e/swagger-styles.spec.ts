// The build trims Swagger UI's stylesheet to the rules its markup can match
// (src/docs/build-aliases/swagger-css-trim.ts). Walking through a lesson, every rule of the full
// stylesheet that applies to an element on the page must still be in the page's stylesheets.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const FULL_STYLESHEET = readFileSync(createRequire(import.meta.url).resolve('swagger-ui-react/swagger-ui.css'), 'utf8')

/**
 * The selectors of the full stylesheet that match an element on the page now (states such as
 * :hover and pseudo-elements such as ::after count as matching), and those of the page's own
 * stylesheets; both as the browser writes them.
 */
function selectorsInUse(page: Page): Promise<{ matching: string[]; page: string[] }> {
  return page.evaluate((fullText) => {
    const selectorsOf = (rules: CSSRuleList, into: string[] = []): string[] => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) into.push(...rule.selectorText.split(/,(?![^(]*\))/).map((s) => s.trim()))
        if (rule instanceof CSSGroupingRule) selectorsOf(rule.cssRules, into)
      }
      return into
    }
    const full = new CSSStyleSheet()
    full.replaceSync(fullText)
    const stateless = (selector: string) =>
      selector.replace(
        /::?(?:after|before|placeholder|selection|marker|-webkit-[\w-]+|-moz-[\w-]+)\b|:(?:hover|focus|focus-visible|focus-within|active|visited)\b/g,
        '',
      ) || '*'
    const matches = (selector: string) => {
      try {
        return document.querySelector(stateless(selector)) !== null
      } catch {
        return true
      }
    }
    return {
      matching: selectorsOf(full.cssRules).filter(matches),
      page: [...document.styleSheets].flatMap((sheet) => selectorsOf(sheet.cssRules)),
    }
  }, FULL_STYLESHEET)
}

test('the trimmed stylesheet keeps every rule that applies to Swagger UI, from Authorize to a response', async ({
  playground,
  page,
}) => {
  const lost = new Set<string>()
  let applied = 0
  const check = async () => {
    const selectors = await selectorsInUse(page)
    const kept = new Set(selectors.page)
    applied = Math.max(applied, selectors.matching.length)
    for (const selector of selectors.matching) if (!kept.has(selector)) lost.add(selector)
  }

  await playground.open('oauth2-scopes')
  await check()
  await playground.authorize('johndoe', 'secret', { scopes: ['me'] })
  await check()
  await playground.closeDialog()
  const response = await playground.execute('GET', '/users/me/')
  await expect(response.status).toHaveText(/^200\b/)
  await check()
  await page.getByRole('button', { name: /^Schemas\b/ }).click()
  await check()

  // A walk that meets only a handful of rules would prove nothing.
  expect(applied).toBeGreaterThan(200)
  expect([...lost], 'rules of the full stylesheet that apply on the page but were trimmed').toEqual([])
})
