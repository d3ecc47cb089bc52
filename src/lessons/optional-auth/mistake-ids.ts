// The lesson's mistake ids, shared by its app and its mistakes without loading the app.
export const API_KEY_IN_QUERY = 'api-key-in-query'
