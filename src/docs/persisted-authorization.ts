// Where Swagger UI keeps the authorization it restores on the next load when FastAPI's
// `swagger_ui_parameters={"persistAuthorization": True}` is set (swagger-ui's `authorized` key).
export const PERSISTED_AUTHORIZATION_KEY = 'authorized'
