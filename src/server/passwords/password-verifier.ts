// How a lesson checks a password against a stored hash. The browser runs Argon2 in a Web Worker
// (argon2-worker-verifier.ts) so a login never freezes the page; Node tests run it directly.
export interface PasswordVerifier {
  verify(password: string, hash: string): Promise<boolean>
}
