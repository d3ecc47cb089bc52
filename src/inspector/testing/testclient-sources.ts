// What the TestClient tests of this folder share: the copied test's source for an exchange, the
// lines of its test function, and JWTs whose expiry is far ahead or long gone.
import { base64UrlEncode } from '../jwt'
import { exchange, type ExchangeParts } from '../../testing/test-exchange'
import { buildTestClientTest, type TestClientTestOptions } from '../testclient-test'

// {"alg":"HS256","typ":"JWT"} . {"sub":"johndoe","exp":4102444800}: a JWT that expires in 2100.
export const JWT_2100 =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjo0MTAyNDQ0ODAwfQ.4sh0Q1TUl-n_pM9DffzrC-WTE2hGuun7_RrAC6Ce1Rg'

// The same claims with exp at 2001-09-09T01:46:40Z, long gone (the signature is not read here).
export const JWT_2001 = `${JWT_2100.split('.')[0] ?? ''}.${base64UrlEncode('{"sub":"johndoe","exp":1000000000}')}.c2ln`

/** The test's source, for an exchange that has one. */
export function testOf(
  exchanged: Parameters<typeof buildTestClientTest>[0],
  options: TestClientTestOptions = {},
): string {
  const copy = buildTestClientTest(exchanged, options)
  if (copy?.kind !== 'test') throw new Error(`no test for this exchange: ${JSON.stringify(copy)}`)
  return copy.source
}

export function build(parts: ExchangeParts, options: TestClientTestOptions = {}): string {
  return testOf(exchange(parts), options)
}

/** The lines of the test function's body, without the module's header. */
export function body(text: string): string[] {
  return text.slice(text.indexOf('\ndef ')).trim().split('\n').slice(1)
}
