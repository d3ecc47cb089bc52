// Where the stand-in identity provider answers, on its own: the worker's routes and the page's list
// of its own files need the folder on every lesson's first screen, the provider itself (and jose)
// only in the lesson that trusts it.

/** The folder below the playground's own that the stand-in provider answers, page loads included. */
export const IDENTITY_PROVIDER_FOLDER = 'realms/'
