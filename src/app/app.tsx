// The shell: puts the lesson, the docs and the traffic dock together. What it shows comes from
// hooks that each keep one part of the page's state (the use-*.ts files beside this one).
import { Suspense, lazy, useState } from 'react'
import { ExperimentDoneNote } from '../guide/experiment-done-note'
import { ExchangeExtraContext } from '../inspector/exchange-extra'
import { InspectorClock } from '../inspector/inspector-clock'
import { TrafficPanel } from '../inspector/traffic-panel'
import { createTrafficStore } from '../inspector/traffic-store'
import type { Exchange } from '../inspector/exchange'
import type { MockNetwork } from '../server/traffic'
import { ownServerFormOpens } from '../real-server/own-server-state'
import { StandInReplayContext } from '../real-server/stand-in-replay-context'
import { useOwnServer } from '../real-server/use-own-server'
import { documentUrlOf } from '../server/msw/early-network'
import { ErrorBoundary } from '../ui/error-boundary'
import { FirstScreenContext, useScreenDrawn, type FirstScreen } from '../ui/first-screen'
import type { MockStatus } from './boot-mock'
import { DocsBar } from './docs-bar'
import { LessonNav } from './lesson-nav'
import { LessonPanel } from './lesson-panel'
import { lessonHref, wholePageHref } from './lesson-location'
import { inPageMockHref, MockStatusView } from './mock-status-view'
import { ProxyControls } from './proxy-controls'
import { useApiMount } from './use-api-mount'
import { useCookieJar } from './use-cookie-jar'
import { DOCKED_MIN_WIDTH, EMBED_DOCKED_MIN_WIDTH, useDocked, usePhone, useSideBySide } from './use-docked'
import { useExperimentProgress } from './use-experiment-progress'
import { useFirstScreen } from './use-first-screen'
import { useOfflineCopy } from './use-offline-copy'
import { useLessonApp } from './use-lesson-app'
import { useLessonClock } from './use-lesson-clock'
import { useLessonContent } from './use-lesson-content'
import { useLessonSwitches } from './use-lesson-switches'
import { useLessonUrl } from './use-lesson-url'
import { useMockStatus } from './use-mock-status'
import { useStandInReplay } from './use-stand-in-replay'

const SwaggerPane = lazy(() => import('../docs/swagger-pane').then((module) => ({ default: module.SwaggerPane })))
// A real server's views (?server=, "Your own server"): most visits never show them.
const OwnServerForm = lazy(() =>
  import('../real-server/own-server-form').then((module) => ({ default: module.OwnServerForm })),
)
const OwnServerPane = lazy(() =>
  import('../real-server/own-server-pane').then((module) => ({ default: module.OwnServerPane })),
)
const LinkedServerWarning = lazy(() =>
  import('../real-server/linked-server-warning').then((module) => ({ default: module.LinkedServerWarning })),
)
const StandInComparison = lazy(() =>
  import('../real-server/stand-in-comparison').then((module) => ({ default: module.StandInComparison })),
)
const loading = <p role="status">Loading…</p>

interface AppProps {
  readonly base: URL
  readonly mockStatus: Promise<MockStatus>
  /**
   * The page's mock network from the start (server/msw/early-network.ts): the page answers the
   * first screen's document itself, and the mock takes over once `mockStatus` says it is ready.
   */
  readonly network: MockNetwork
  /** Swagger UI's first screen; the mock starts once it is up. */
  readonly firstScreen: FirstScreen
}

const compareWithStandIn = (exchange: Exchange) => (
  <Suspense fallback={loading}>
    <StandInComparison exchange={exchange} />
  </Suspense>
)

/**
 * What the page keeps above the traffic dock before the learner sizes it (traffic-dock.ts): the
 * header (about 40 px), the docs pane's 480 px, which show Swagger UI's first operation, and the
 * margins. Embedded, the frame is smaller and only Authorize must show.
 */
const ROOM_ABOVE_DOCK = { wholePage: 550, embed: 380 } as const

export function App({ base, mockStatus, network, firstScreen: screen }: AppProps) {
  const { location, openLesson } = useLessonUrl()
  const { lesson, embed, mistake, release } = location
  const { switches, toggle } = useLessonSwitches(location)
  const clock = useLessonClock(location)
  const cookieJar = useCookieJar(location, clock)
  const status = useMockStatus(mockStatus)
  // Owned here, not by the panel: the lesson's experiments read the same exchanges.
  const [trafficStore] = useState(() => createTrafficStore())
  const { progress, progressStore, latest } = useExperimentProgress(trafficStore)
  // A real FastAPI server answers instead of the stand-in (?server=): the panel compares the two.
  const ownServer = useOwnServer()
  const ownRoot = ownServer.view.state === 'connected' ? ownServer.view.root : undefined

  const lessonContent = useLessonContent(lesson)
  const content = lessonContent.state === 'loaded' ? lessonContent.content : undefined
  const { app, bareApp, persistAuthorization } = useLessonApp({
    content,
    switches,
    mistake,
    release,
    clock,
    cookieJar,
    base,
  })
  const { mount, trafficMount, behindProxy, setBehindProxy } = useApiMount({ base, network, app, ownRoot })
  const replay = useStandInReplay({ lesson, content, app: bareApp, ownRoot, switches, mistake, clock })
  const firstScreen = useFirstScreen({
    firstScreen: screen,
    network,
    ownServer: ownRoot !== undefined,
    mockFailed: status.state === 'failed',
  })
  useOfflineCopy(status, base)
  const docked = useDocked(embed ? EMBED_DOCKED_MIN_WIDTH : DOCKED_MIN_WIDTH)
  // A phone: the navigation folds, and the traffic is a sheet along the bottom of the window.
  const phoneWidth = usePhone()
  const phone = phoneWidth && !docked
  const sideBySide = useSideBySide() && docked
  // In columns of their own (fixed widths, docked), the navigation and the lesson can fill in once
  // Swagger UI has drawn, moving nothing: a cold start spends the main thread on the docs first.
  // Stacked above the docs, they render at once, or the docs would jump down when they came.
  const docsDrawn = useScreenDrawn(firstScreen)
  const shellWaits = (embed ? docked : sideBySide) && !docsDrawn
  const wholePage = wholePageHref(new URL(window.location.href))
  // Where the learner acts: in the header of the dock or of the phone's sheet, else floating.
  const doneNote = (
    <ExperimentDoneNote
      tick={latest}
      lesson={lesson}
      progress={progress}
      floating={!docked && !phone}
      hrefFor={(lessonId) => lessonHref(new URL(window.location.href), lessonId)}
      onOpenLesson={openLesson}
    />
  )

  return (
    <FirstScreenContext.Provider value={firstScreen}>
      <div
        className={`playground${embed ? ' is-embed' : ''}${docked ? ' is-docked' : ''}${sideBySide ? ' is-side-by-side' : ''}${phone ? ' is-phone' : ''}`}
      >
        <header className="playground-header">
          <p className="brand">Bearer Playground</p>
          {embed ? (
            <a className="whole-page-link" href={wholePage} target="_blank" rel="noopener">
              Open the whole lesson<span className="visually-hidden"> (opens a new tab)</span>
            </a>
          ) : (
            <p className="tagline">FastAPI’s security, its tutorial and beyond, answered in your browser</p>
          )}
        </header>
        <div className="playground-body">
          {!embed && shellWaits && <div className="lesson-nav" />}
          {!embed && !shellWaits && (
            <LessonNav
              current={lesson.id}
              onOpen={openLesson}
              progress={progress}
              onResetProgress={progressStore.reset}
              folded={phone}
            />
          )}
          <main className="playground-main">
            <LessonPanel
              lesson={lesson}
              visit={location}
              content={lessonContent}
              unknownId={location.unknownId}
              ignored={location.ignored}
              mistake={mistake}
              release={release}
              embed={embed}
              titleOnly={shellWaits}
              switches={switches}
              onToggleSwitch={toggle}
              guide={{
                done: progress[lesson.id] ?? [],
                highlighted: location.tryId,
                persistent: progressStore.persistent,
                clock: lesson.clock ? clock : undefined,
              }}
            />
            <section className="docs-panel" aria-label="API docs">
              <DocsBar
                status={
                  (!ownRoot || status.state !== 'ready') && (
                    <MockStatusView
                      status={status}
                      apiRoot={mount.apiRoot}
                      opensPopup={(app?.thirdParties?.length ?? 0) > 0}
                      wholePage={embed ? wholePage : undefined}
                      inPageHref={inPageMockHref(new URL(window.location.href))}
                    />
                  )
                }
                panels={
                  embed
                    ? []
                    : [
                        {
                          id: 'own-server',
                          label: 'Your own server',
                          content: (
                            <Suspense fallback={loading}>
                              <OwnServerForm view={ownServer.view} onChoose={ownServer.choose} />
                            </Suspense>
                          ),
                          opensItself: ownServerFormOpens(ownServer.view),
                        },
                        ...(ownRoot
                          ? []
                          : [
                              {
                                id: 'proxy',
                                label: 'Behind a proxy',
                                content: (
                                  <ProxyControls behindProxy={behindProxy} onChange={setBehindProxy} mount={mount} />
                                ),
                              },
                            ]),
                      ]
                }
              />
              <Suspense fallback={loading}>
                {ownServer.view.state === 'asking' && (
                  <LinkedServerWarning
                    root={ownServer.view.root}
                    host={ownServer.view.host}
                    onConnect={ownServer.agree}
                    onStay={ownServer.decline}
                  />
                )}
                {ownRoot && status.state === 'ready' && (
                  <OwnServerPane
                    root={ownRoot}
                    onBack={() => {
                      ownServer.choose(undefined)
                    }}
                  />
                )}
              </Suspense>
              {!ownRoot && status.state !== 'failed' && (
                <ErrorBoundary what="Swagger UI">
                  <Suspense fallback={<p role="status">Loading Swagger UI…</p>}>
                    {/* A new key per lesson and mount: Swagger UI forgets its authorization too. It asks
                      for the document once the app is mounted: the page answers it until the mock is ready. */}
                    <SwaggerPane
                      key={`${lesson.id} ${mistake?.id ?? ''} ${release} ${persistAuthorization} ${mount.apiRoot.href}`}
                      documentUrl={app ? documentUrlOf(mount.apiRoot) : undefined}
                      docsPage={mount.docsPage}
                      persistAuthorization={persistAuthorization}
                      initOAuth={app?.swaggerUiInitOAuth}
                      onDrawn={firstScreen.markDrawn}
                      app={app}
                    />
                  </Suspense>
                </ErrorBoundary>
              )}
            </section>
          </main>
        </div>
        <InspectorClock value={clock.now}>
          <StandInReplayContext.Provider value={replay}>
            <ExchangeExtraContext.Provider value={ownRoot ? compareWithStandIn : undefined}>
              <TrafficPanel
                store={trafficStore}
                network={network}
                apiRoot={trafficMount.apiRoot}
                docsPage={trafficMount.docsPage}
                site={base}
                lessonId={lesson.id}
                lessonTitle={lesson.title}
                mistakeId={mistake?.id ?? null}
                note={docked || phone ? doneNote : undefined}
                sheet={phone}
                roomAbove={embed ? ROOM_ABOVE_DOCK.embed : ROOM_ABOVE_DOCK.wholePage}
              />
            </ExchangeExtraContext.Provider>
          </StandInReplayContext.Provider>
        </InspectorClock>
        {!docked && !phone && doneNote}
      </div>
    </FirstScreenContext.Provider>
  )
}
