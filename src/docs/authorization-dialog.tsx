// Swagger UI's "Available authorizations" popup, drawn as a named dialog. Swagger UI's own popup
// is a stack of <div>s with an icon-only close button: a screen reader hears neither that a
// dialog opened nor what the × does. The classes stay Swagger UI's, so its styles (and the
// walkthroughs' page object) still find `.dialog-ux .modal-ux`; the schemes inside are Swagger
// UI's own `auths` component, given the same props as in its popup.
import { useEffect, useId } from 'react'
import { SwaggerPart, type AuthActions, type AuthSelectors, type GetComponent } from './swagger-system'

interface AuthorizationDialogProps {
  readonly getComponent: GetComponent
  readonly authActions: AuthActions
  readonly authSelectors: AuthSelectors
  readonly errSelectors: unknown
  readonly specSelectors: unknown
  readonly fn: { readonly AST?: unknown }
}

export function AuthorizationDialog(props: AuthorizationDialogProps) {
  const { getComponent, authActions, authSelectors, errSelectors, specSelectors, fn } = props
  const headingId = useId()
  const close = () => {
    authActions.showDefinitions(false)
  }

  // As in Swagger UI: Escape closes the dialog wherever the focus is.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') authActions.showDefinitions(false)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [authActions])

  return (
    <div className="dialog-ux">
      <div className="backdrop-ux" onClick={close}></div>
      <div className="modal-ux" role="dialog" aria-labelledby={headingId}>
        <div className="modal-dialog-ux">
          <div className="modal-ux-inner">
            <div className="modal-ux-header">
              <h3 id={headingId}>Available authorizations</h3>
              <button type="button" className="close-modal" aria-label="Close the dialog" onClick={close}>
                <SwaggerPart of={getComponent} component="CloseIcon" />
              </button>
            </div>
            <div className="modal-ux-content">
              {[
                ...authSelectors
                  .shownDefinitions()
                  .valueSeq()
                  .map((definitions, key) => (
                    <SwaggerPart
                      of={getComponent}
                      component="auths"
                      key={key}
                      AST={fn.AST ?? {}}
                      definitions={definitions}
                      getComponent={getComponent}
                      errSelectors={errSelectors}
                      authSelectors={authSelectors}
                      authActions={authActions}
                      specSelectors={specSelectors}
                    />
                  )),
              ]}
            </div>
          </div>
        </div>
      </div>
    </div>
  )
}
