// The way back a stuck page offers: load it again.
export function ReloadButton() {
  return (
    <button
      type="button"
      onClick={() => {
        window.location.reload()
      }}
    >
      Reload the page
    </button>
  )
}
