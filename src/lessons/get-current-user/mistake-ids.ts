// The lesson's mistake ids, shared by its app and its mistakes without loading the app.
export const HTTP_BEARER = 'http-bearer'
