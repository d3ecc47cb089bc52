// The lesson's switch ids, shared by its app and its description without loading the app.
export const INACTIVE_ALICE_SWITCH = 'inactive-alice'
