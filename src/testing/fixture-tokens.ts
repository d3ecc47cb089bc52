// Fixture tokens (docs/fastapi-behaviour.md#fixture-tokens): the first three come from FastAPI's own
// tests for tutorials 004 and 005, the rest probe PyJWT's rules. For tests and lesson stories.
export const FIXTURE_TOKENS = {
  'data-foo': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJkYXRhIjoiZm9vIn0.9ynBhuYb4e6aW3oJr_K_TBgwcMTDpRToQIE25L57rOE',
  'sub-foo': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJmb28ifQ.NnExK_dlNAYyzACrXtXDrcWOgGY2JuPbI4eDaHdfK5Y',
  'sub-bob':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VybmFtZTpib2IifQ.HcfCW67Uda-0gz54ZWTqmtgJnZeNem0Q757eTa9EZuw',
  john: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIn0.adqb-sj6G4xl7w7t9A4oRUBf1jNmcrc-0IcHjGhbz3o',
  'john-exp2100':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjo0MTAyNDQ0ODAwfQ.4sh0Q1TUl-n_pM9DffzrC-WTE2hGuun7_RrAC6Ce1Rg',
  'john-exp1':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiZXhwIjoxfQ.RkqGhlSdtb99CTu-cjL1OMyKc5jz_cerD9H8gDAZ1B0',
  'john-wrongkey':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIn0.lNzu1CAtpcbQeAVTIFe8DucgCbNIqgPa0bFa1RtSWrc',
  'john-none': 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJqb2huZG9lIn0.',
  'sub-123': 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOjEyM30.LWjr0TY_nnO7j4tXeshXpDM1s8pwNRehhka-Zz1M1qU',
  'john-aud':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiYXVkIjoic29tZW9uZSJ9.2ZXxnoVYhnlX73ccG8WWpGFK-XySH9qpbZsIqMa8p2s',
  'john-nbf2100':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwibmJmIjo0MTAyNDQ0ODAwfQ.kW9gRsL9Qr-wdz7gntn1P7DIISj3nb05wpA2V06YVTU',
  'john-iat2100':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwiaWF0Ijo0MTAyNDQ0ODAwfQ.SjMy3lnhQQyNP014JUbPRVNqVqAcMl0-fJqd3y0AxeE',
  'john-hs512':
    'eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIn0._5ak4nvpl5nVDB43smp-F52dpLWdAFRbjuKwsT3wBTU',
  'john-notyp': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqb2huZG9lIn0.YX18yml0h117wypGIsaG3RuwuUC1AZc98TfDdnD0wic',
  'john-me':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwic2NvcGUiOiJtZSJ9.FQa4gulw5wddy-WoByofXfQsvFfygKQ_oiiisPlGgIU',
  'john-me-items':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwic2NvcGUiOiJtZSBpdGVtcyJ9.xF3b8ovOXkqO6qkRKSR6crc6kcofhMD3BeEIZ0k1ZNc',
  'john-me-exp1':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwic2NvcGUiOiJtZSIsImV4cCI6MX0.UICwu8_PPcS8ZYdyML701G0PIBSaS0M6DM__KsUw5j8',
  'john-scopes-list':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJqb2huZG9lIiwic2NvcGVzIjpbIm1lIl19.ETSQAWJhYrhNG-iUF67VVi681woomjQaEyrBNTI1pek',
  'alice-me':
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsInNjb3BlIjoibWUifQ.uU-nJBHqXDF7ZLtvxCoz5KqAm4u97eg1BzYnXmD9550',
} as const

export type FixtureTokenName = keyof typeof FIXTURE_TOKENS
