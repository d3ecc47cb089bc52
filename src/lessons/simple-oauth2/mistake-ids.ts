// The lesson's mistake ids, shared by its app and its mistakes without loading the app.
export const ABSOLUTE_TOKEN_URL = 'absolute-token-url'
export const JSON_LOGIN = 'json-login'
export const NO_MULTIPART = 'no-multipart'
export const TOKEN_KEY = 'token-key'
export const PERSIST_AUTHORIZATION = 'persist-authorization'
