import {
  Suspense,
  lazy,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type MouseEvent,
} from 'react'
import { trackExperiments } from '../guide/experiment-tracker'
import { createLessonClock } from '../guide/lesson-clock'
import { createProgressStore } from '../guide/progress-store'
import type { LessonServices } from '../lessons/lesson'
import { findLesson } from '../lessons/lesson-registry'
import { ExchangeExtraContext } from '../inspector/exchange-extra'
import { InspectorClock } from '../inspector/inspector-clock'
import { TrafficPanel } from '../inspector/traffic-panel'
import { createTrafficStore } from '../inspector/traffic-store'
import type { Exchange } from '../inspector/exchange'
import { OwnServerForm } from '../real-server/own-server-form'
import { OwnServerPane } from '../real-server/own-server-pane'
import { serverDocsPage } from '../real-server/server-location'
import { StandInComparison } from '../real-server/stand-in-comparison'
import { StandInReplayContext, type StandInReplay } from '../real-server/stand-in-replay-context'
import { useOwnServer } from '../real-server/use-own-server'
import { release092Support } from '../lessons/release-support'
import type { FastApiRelease } from '../server/fastapi-release'
import { createWorkerPasswordVerifier } from '../server/passwords/argon2-worker-verifier'
import { ErrorBoundary } from '../ui/error-boundary'
import { PERSISTED_AUTHORIZATION_KEY } from '../docs/persisted-authorization'
import { localStore } from '../ui/safe-storage'
import { apiMount } from './api-mount'
import type { MockStatus } from './boot-mock'
import { LessonNav } from './lesson-nav'
import { LessonPanel } from './lesson-panel'
import { lessonFromSearch, lessonHref, wholePageHref, type LessonLocation } from './lesson-location'
import { MockStatusView } from './mock-status-view'
import { ProxyControls } from './proxy-controls'
import { FirstScreenContext, createFirstScreen } from '../ui/first-screen'
import { DOCKED_MIN_WIDTH, EMBED_DOCKED_MIN_WIDTH, useDocked } from './use-docked'
import { useLessonContent } from './use-lesson-content'

const SwaggerPane = lazy(() => import('../docs/swagger-pane').then((module) => ({ default: module.SwaggerPane })))

interface AppProps {
  readonly base: URL
  readonly mockStatus: Promise<MockStatus>
}

const NO_SWITCHES: ReadonlySet<string> = new Set()
const clock = createLessonClock()
const passwords = createWorkerPasswordVerifier()
const servicesFor = (release: FastApiRelease): LessonServices => ({ passwords, now: clock.now, release })
const compareWithStandIn = (exchange: Exchange) => <StandInComparison exchange={exchange} />

export function App({ base, mockStatus }: AppProps) {
  const [location, setLocation] = useState<LessonLocation>(() => lessonFromSearch(window.location.search))
  const [switches, setSwitches] = useState<ReadonlySet<string>>(NO_SWITCHES)
  const [behindProxy, setBehindProxy] = useState(false)
  const [status, setStatus] = useState<MockStatus>({ state: 'starting' })
  // Owned here, not by the panel: the lesson's experiments read the same exchanges.
  const [trafficStore] = useState(() => createTrafficStore())
  const [progressStore] = useState(() => createProgressStore(localStore()))
  const progress = useSyncExternalStore(progressStore.subscribe, progressStore.getSnapshot)
  const [announcement, setAnnouncement] = useState('')
  const [firstScreen] = useState(() => createFirstScreen())
  const ownServer = useOwnServer()
  // A real FastAPI server answers instead of the stand-in (?server=): the panel compares the two.
  const ownRoot = ownServer.address?.ok ? ownServer.address.root : undefined
  const { lesson, embed, mistake, release } = location
  const docked = useDocked(embed ? EMBED_DOCKED_MIN_WIDTH : DOCKED_MIN_WIDTH)
  const wholePage = wholePageHref(new URL(window.location.href))

  useEffect(
    () =>
      trackExperiments(trafficStore, progressStore, findLesson, (_lessonId, experiment) => {
        setAnnouncement(`Experiment done: ${experiment.title}.`)
      }),
    [trafficStore, progressStore],
  )

  useEffect(() => {
    let live = true
    void mockStatus.then((next) => {
      if (live) setStatus(next)
    })
    return () => {
      live = false
    }
  }, [mockStatus])

  useEffect(() => {
    const onPopState = () => {
      setLocation(lessonFromSearch(window.location.search))
      setSwitches(NO_SWITCHES)
      clock.reset()
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      window.removeEventListener('popstate', onPopState)
    }
  }, [])

  const lessonContent = useLessonContent(lesson)
  const content = lessonContent.state === 'loaded' ? lessonContent.content : undefined
  // A new app per lesson, switch change, mistake, release or mount: each starts from a fresh state.
  const app = useMemo(() => {
    const enabled = mistake ? new Set([...switches, mistake.id]) : switches
    return content?.createApp(enabled, servicesFor(release))
  }, [content, switches, mistake, release])
  const mount = useMemo(() => apiMount(base, behindProxy), [base, behindProxy])
  // FastAPI's swagger_ui_parameters. Without persistAuthorization nothing may come back from an
  // earlier page that had it: Swagger UI then never reads the key, and it is cleared here.
  const persistAuthorization = app?.swaggerUiParameters.persistAuthorization ?? false
  useEffect(() => {
    if (app && !persistAuthorization) localStore()?.remove(PERSISTED_AUTHORIZATION_KEY)
  }, [app, persistAuthorization])
  const network = status.state === 'ready' ? status.network : undefined
  // Mounted in a layout effect, before Swagger UI's own effects fetch the OpenAPI document.
  useLayoutEffect(() => {
    if (ownRoot) network?.unmount()
    else if (app) network?.mount({ app, apiRoot: mount.apiRoot })
  }, [network, app, mount, ownRoot])
  const trafficMount = useMemo(
    () => (ownRoot ? { apiRoot: ownRoot, docsPage: serverDocsPage(ownRoot) } : mount),
    [ownRoot, mount],
  )
  // Nothing to draw first when a real server answers or the mock could not start, nor once a request
  // got no answer at all (an app that did not start): Swagger UI then shows its error, not a document.
  useEffect(() => {
    if (ownRoot || status.state === 'failed') firstScreen.markDrawn()
  }, [ownRoot, status, firstScreen])
  useEffect(
    () =>
      network?.onTraffic((event) => {
        if (event.kind === 'failure' || (event.kind === 'response' && event.status === 0)) firstScreen.markDrawn()
      }),
    [network, firstScreen],
  )
  const replay = useMemo<StandInReplay | undefined>(() => {
    if (!ownRoot) return undefined
    // The same lesson as FastAPI 0.92 answered it, to name the release behind a difference.
    const enabled = mistake ? new Set([...switches, mistake.id]) : switches
    const olderApp = release092Support(lesson.id).answers ? content?.createApp(enabled, servicesFor('0.92')) : undefined
    return { app, olderApp, lessonTitle: lesson.title, root: ownRoot }
  }, [app, content, lesson, ownRoot, switches, mistake])

  useEffect(() => {
    document.title = `${lesson.title} · Bearer Playground`
  }, [lesson])

  const openLesson = (event: MouseEvent<HTMLAnchorElement>, lessonId: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    window.history.pushState(null, '', lessonHref(new URL(window.location.href), lessonId))
    setLocation(lessonFromSearch(window.location.search))
    setSwitches(NO_SWITCHES)
    clock.reset()
  }

  const toggleSwitch = (id: string, on: boolean) => {
    setSwitches((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }

  return (
    <FirstScreenContext.Provider value={firstScreen}>
      <div className={`playground${embed ? ' is-embed' : ''}${docked ? ' is-docked' : ''}`}>
        <header className="playground-header">
          <p className="brand">Bearer Playground</p>
          {embed ? (
            <a className="whole-page-link" href={wholePage} target="_blank" rel="noopener">
              Open the whole lesson<span className="visually-hidden"> (opens a new tab)</span>
            </a>
          ) : (
            <p className="tagline">FastAPI’s OAuth2 security chapter, answered in your browser</p>
          )}
        </header>
        <div className="playground-body">
          {!embed && (
            <LessonNav
              current={lesson.id}
              onOpen={openLesson}
              progress={progress}
              onResetProgress={progressStore.reset}
            />
          )}
          <main className="playground-main">
            <LessonPanel
              lesson={lesson}
              content={lessonContent}
              unknownId={location.unknownId}
              ignored={location.ignored}
              mistake={mistake}
              release={release}
              embed={embed}
              switches={switches}
              onToggleSwitch={toggleSwitch}
              guide={{
                done: progress[lesson.id] ?? [],
                highlighted: location.tryId,
                persistent: progressStore.persistent,
                announcement,
                clock: lesson.clock ? clock : undefined,
              }}
            />
            <section className="docs-panel" aria-label="API docs">
              {!embed && <OwnServerForm address={ownServer.address} onChoose={ownServer.choose} />}
              {(!ownRoot || status.state !== 'ready') && (
                <MockStatusView status={status} apiRoot={mount.apiRoot} wholePage={embed ? wholePage : undefined} />
              )}
              {ownRoot && status.state === 'ready' && (
                <OwnServerPane
                  root={ownRoot}
                  onBack={() => {
                    ownServer.choose(undefined)
                  }}
                />
              )}
              {!embed && !ownRoot && (
                <ProxyControls behindProxy={behindProxy} onChange={setBehindProxy} mount={mount} />
              )}
              {!ownRoot && status.state !== 'failed' && (
                <ErrorBoundary what="Swagger UI">
                  <Suspense fallback={<p role="status">Loading Swagger UI…</p>}>
                    {/* A new key per lesson and mount: Swagger UI forgets its authorization too. It sets
                      itself up while the mock starts, and asks for the document once the app is mounted. */}
                    <SwaggerPane
                      key={`${lesson.id} ${mistake?.id ?? ''} ${release} ${persistAuthorization} ${mount.apiRoot.href}`}
                      documentUrl={
                        status.state === 'ready' && app ? new URL('openapi.json', mount.apiRoot).href : undefined
                      }
                      docsPage={mount.docsPage}
                      persistAuthorization={persistAuthorization}
                      onDrawn={firstScreen.markDrawn}
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
                lessonId={lesson.id}
                mistakeId={mistake?.id ?? null}
              />
            </ExchangeExtraContext.Provider>
          </StandInReplayContext.Provider>
        </InspectorClock>
      </div>
    </FirstScreenContext.Provider>
  )
}
