import { lessons } from '../src/lessons/lesson-registry'
import { currentFastApiPython } from '../src/testing/current-fastapi/python'
import { runPytest } from '../src/testing/current-fastapi/run-pytest'
import { expect, test } from './fixtures'
import { scanAfterExecute, scanAuthorizationDialog, scanLoaded, tourOf } from './support/accessibility-tour'
import { performStep } from './support/experiment-steps'
import { copyEveryTestClientTest, saveTest, testFolder } from './support/testclient-replay'

/** Why an exchange the stand-in identity provider answered has no test (testclient-test.ts). */
const THIRD_PARTY_REASON = 'the playground’s stand-in identity provider answered it'

// Every experiment of every lesson, replayed from the definitions the page renders: if a lesson's
// instructions stop producing the traffic its observation expects, this fails. Each exchange's
// "Copy as a TestClient test" then runs with pytest on the lesson's main.py and today's FastAPI:
// if what the page teaches you to take home disagrees with the real app, this fails too. The same
// page passes axe's whole-page scan in a lesson's three states (support/accessibility-tour.ts):
// loaded, the Authorize dialog open, and after the lesson's first GET Execute with its exchange open.
test.describe('Guided experiments', () => {
  let python = ''
  test.beforeAll(() => {
    // Made once (pip install from the pinned requirements) when missing: that may take minutes.
    test.setTimeout(10 * 60_000)
    python = currentFastApiPython()
  })

  // As a learner does: one page, opened at the first experiment as a tutorial site's link would,
  // then the experiments in the order the page lists them, no reload in between. Each experiment's
  // steps must put in place what it needs, whatever the ones before left.
  for (const lesson of lessons) {
    test(`${lesson.title}: its experiments, done in page order in one page, each tick, and their tests pass on main.py`, async ({
      playground,
      page,
      context,
    }, testInfo) => {
      // Logins in lessons 4 and 5 run Argon2 in the page; three whole-page axe scans take a while too.
      test.setTimeout(40_000 * lesson.experiments.length + 90_000)
      await context.grantPermissions(['clipboard-read', 'clipboard-write'])
      const folder = testFolder(testInfo.outputPath('take-it-home'), lesson)
      const [first] = lesson.experiments
      if (!first) throw new Error(`${lesson.id} has no experiment`)
      await playground.openExperiment(lesson.id, first.id)
      await expect(playground.experiment(first.title)).toHaveAttribute('aria-current', 'step')
      // Each state's findings, soft: a state with violations does not stop the replay.
      const tour = tourOf(lesson)
      expect.soft(await scanLoaded(page, playground, tour), 'axe, the lesson loaded').toEqual([])
      // The dialog is left as it was found, with nothing authorized and no scope ticked.
      expect.soft(await scanAuthorizationDialog(page, playground, tour), 'axe, the Authorize dialog').toEqual([])
      // The rows whose test was copied already, and the tests saved (one each: the document repeats).
      const read = new Set<string>()
      const saved = new Set<string>()
      const switchedOn = new Set<string>()
      let exchangesWithoutTest = 0
      for (const experiment of lesson.experiments) {
        await test.step(experiment.id, async () => {
          const item = playground.experiment(experiment.title)
          await expect(item).toHaveAccessibleName(`${experiment.title}: not done`)
          for (const step of experiment.steps) {
            if (step.action === 'switch') switchedOn.add(step.switchId)
            await performStep(playground, lesson, step)
            if (step === tour.execute) {
              expect.soft(await scanAfterExecute(page, playground, tour), 'axe, after Execute').toEqual([])
            }
          }
          await expect(item).toHaveAccessibleName(`${experiment.title}: done`)
          // Seen where the learner acts, not only in the lesson's list.
          await expect(playground.traffic.getByRole('status').filter({ hasText: /Done: / })).toContainText(
            `Done: ${experiment.title}.`,
          )

          const { tests, withoutTest } = await copyEveryTestClientTest(playground, read)
          expect(tests.length + withoutTest.length, 'the exchanges the experiment made').toBeGreaterThan(0)
          for (const source of tests.filter((copied) => !saved.has(copied))) {
            saved.add(source)
            saveTest(folder, `${experiment.id}_${saved.size}`, source)
          }
          // Only an exchange a switch answered with a route main.py lacks goes without a test…
          const routeAdders = lesson.switches.filter(
            (lessonSwitch) => switchedOn.has(lessonSwitch.id) && lessonSwitch.inMainPy.kind === 'route-not-in-main-py',
          )
          // And an exchange a third party answered (the stand-in identity provider): not main.py's either.
          const ofMainPy = withoutTest.filter((reason) => !reason.includes(THIRD_PARTY_REASON))
          exchangesWithoutTest += ofMainPy.length
          for (const reason of ofMainPy) {
            expect(routeAdders.map((lessonSwitch) => reason.includes(`“${lessonSwitch.label}”`))).toContain(true)
            expect(reason).toContain('with a route that main.py does not have')
          }
        })
      }
      // Only this lesson is done in this fresh browser: the next lesson, or after the last, the first.
      const index = lessons.indexOf(lesson)
      const offered = lessons[index + 1] ?? lessons[0]
      await expect(playground.doneNote.getByRole('link')).toHaveText(
        `${lessons[index + 1] ? 'Next lesson' : 'Still to do'}: ${offered?.title ?? ''}`,
      )

      // A switch that adds a route main.py lacks was used: its exchanges went without a test, and said why.
      const usedRouteAdder = lesson.switches.some(
        (lessonSwitch) => switchedOn.has(lessonSwitch.id) && lessonSwitch.inMainPy.kind === 'route-not-in-main-py',
      )
      expect(exchangesWithoutTest > 0, 'an exchange of a route main.py lacks').toBe(usedRouteAdder)

      // pytest starts FastAPI in a process of its own: it runs while the page reloads.
      const pytest = runPytest(python, folder)
      await test.step('a reload keeps every tick', async () => {
        await page.reload()
        await playground.waitUntilReady()
        for (const experiment of lesson.experiments) {
          await expect(playground.experiment(experiment.title)).toHaveAccessibleName(`${experiment.title}: done`)
        }
        const count = lesson.experiments.length
        await expect(page.getByRole('navigation', { name: 'Lessons' })).toContainText(
          `${count} of ${count} experiments done`,
        )
      })
      await test.step('the copied TestClient tests pass on main.py', async () => {
        const run = await pytest
        expect(run.exitCode, run.output).toBe(0)
        expect(run.collected, run.output).toBe(saved.size)
        expect(run.passed, run.output).toBe(saved.size)
      })
    })
  }

  test('the note of a tick shows on a phone and in the embed view, and offers the next lesson once all are done', async ({
    playground,
    page,
  }) => {
    const lesson = lessons[0]
    const next = lessons[1]
    if (!lesson || !next) throw new Error('the walkthrough needs two lessons')
    const others = lesson.experiments.slice(1).map((experiment) => experiment.id)
    await page.addInitScript(
      ([key, value]) => {
        localStorage.setItem(key, value)
      },
      ['bearer-playground:progress:v1', JSON.stringify({ [lesson.id]: others })] as const,
    )
    await page.setViewportSize({ width: 390, height: 844 })
    await playground.open(lesson.id)
    await playground.execute('GET', '/items/')
    await expect(playground.doneNote).toContainText('Done: Call the API without a token.')
    await expect(playground.doneNote).toBeInViewport()
    await expect(playground.doneNote).toContainText('Every experiment of this lesson is done.')
    await playground.doneNote.getByRole('link', { name: `Next lesson: ${next.title}` }).click()
    await expect(playground.lessonHeading).toHaveText(next.title)
    await expect(playground.doneNote).toHaveCount(0)

    await page.setViewportSize({ width: 800, height: 600 })
    await page.goto(`./?lesson=${lesson.id}&view=embed`)
    await playground.waitUntilReady()
    await playground.execute('GET', '/items/')
    const note = playground.traffic.getByRole('status').filter({ hasText: /Done: / })
    await expect(note).toContainText('Done: Call the API without a token.')
    await expect(note).toBeInViewport()
    await page.getByRole('button', { name: 'Dismiss the note' }).click()
    await expect(note).toHaveCount(0)
  })

  test('progress is per lesson, survives a reload, and the reset control clears it', async ({ playground, page }) => {
    const nav = page.getByRole('navigation', { name: 'Lessons' })
    await playground.open('first-steps')
    const noToken = playground.experiment('Call the API without a token')
    await playground.execute('GET', '/items/')
    await expect(noToken).toHaveAccessibleName('Call the API without a token: done')
    await expect(nav.getByRole('listitem').first()).toContainText('1 of 5 experiments done')
    await expect(nav.getByRole('listitem').nth(1)).toContainText('0 of 5 experiments done')

    await page.reload()
    await playground.waitUntilReady()
    await expect(noToken).toHaveAccessibleName('Call the API without a token: done')
    const stored = await page.evaluate(() => localStorage.getItem('bearer-playground:progress:v1'))
    expect(stored).toBe('{"first-steps":["no-token"]}')

    await nav.getByRole('button', { name: 'Reset progress' }).click()
    await expect(noToken).toHaveAccessibleName('Call the API without a token: not done')
    await expect(nav.getByRole('listitem').first()).toContainText('0 of 5 experiments done')
  })

  test('with storage denied, as in a third-party frame, the mock runs and progress is kept for the page', async ({
    playground,
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError')
        },
      })
    })
    await playground.open('first-steps')
    await expect(page.getByText(/does not let the page store anything here/)).toBeVisible()
    const response = await playground.execute('GET', '/items/')
    await expect(response.status).toHaveText(/^401\b/)
    await expect(playground.experiment('Call the API without a token')).toHaveAccessibleName(
      'Call the API without a token: done',
    )
  })
})
