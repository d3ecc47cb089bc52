// Where the playground is served from. The build uses a relative base ('./'), so the folder is
// only known at run time: the page's own directory, the same folder the worker script sits in.
export function playgroundBase(location: Location | URL): URL {
  return new URL(import.meta.env.BASE_URL, location.href)
}
