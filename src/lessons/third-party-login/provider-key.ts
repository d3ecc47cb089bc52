// The stand-in identity provider's RSA key pair, fixed: its public half is in every JWKS it
// serves, so that a TestClient test copied from the traffic panel can hand main.py the very key the
// playground's tokens were signed with, on any machine, any day. The private half is in the
// playground's code for anyone to read, which is fine for a playground's pretend provider and
// never for a real one: whoever holds it can sign tokens the API accepts.
import type { PublishedRsaKey } from '../../server/identity-provider/rsa-signing-key'

export const PROVIDER_PRIVATE_KEY: JsonWebKey = {
  kty: 'RSA',
  n: 'uj_Ghqrh8C7h-PaiA895loG0GVVglO_Pk-1fiLHK1MSDvp2jLaM_FjJqLJ1hbrhWqZUF5yD1UCX6HbUJOVaHa1JeXD4i-IflS_ziD7yJjT3btCxMiP8lb4n4xea_jTOOaYnQlsZwiyen51lB1Oqkc8cYKbj0V6iQL-tnZ6ZOaXDpYUGzypQekNWOcssBQ6JmVxq1xzdDwWoZe7uqs7OvX0tp7pzaBMQ9qbv0-kcd5A2mHsdAToASPadizDQoE-e3YRLjfCavYiDbikI_kKAMkKAzOCy11ZVhpMaUYK1VkwuIQF3TeD9VaDVyRCzxK_fDGLxFsFrAPAfn-aA0KvyJTQ',
  e: 'AQAB',
  d: 'vBCp5lGm02CDzWE9N5vIqrFNqkcLv1hnwndugBkHNtE4NsH2g57TlRZTH7nLKIH7AEH6M-iTzNqMNHMZXUyCcVw66-nSZiLS5mfz3PAD9RsBPm182tjIdFhdW3gk8--bXfZLKfQ2sEzavkDiuJw2crIXNAoOsHUFI14QjBjiFJSz5VCeBEhCgil7H5FV35Jq2ESylD8LMdmDV_Zi1ZhMBxLdCLgg4reDad6eDggmqU3g77AF94qoyk2Z22Td0c0-X9bJmbi80HEHpe7PvQPnh4-kA39bA41V3E8FSuf5wyYFobTWjViTuI-YnfBtuAFVCLYwEwJs70xTZr_Yx1HH',
  p: '8U4DjwZ3eil1RFjr7BFinCfrdcF_IjjhDf67p1bFRa_eBaS7VpbiaXK0NPxSs0TbwN8aGCJxZjJ-nEDXOTMpiTbiD5CfDoy-NtZqdJPIc1pSKNh0Y58hf-dfaHO0B1upC4s_v8Bl-0WF3HMKWAexYmY5i6-QlEgZiS0TujB-EV8',
  q: 'xZdvJunYCSEj49CJ9JLl4IyWM8tYcVAxMetyKy1qEuj-lTQDBgx86l5DoltknW62j1jdOlcSgh8AxmLDtLtwYH9G8yzh6JjMRI1BzE25v0uhjgN7i6P5ubfQQ5fgxt6gmKeFmKlOlADgyaIPPeAB_p2rmwUNBOPdRtVjIc--yNM',
  dp: 'SY33Rby55LIIfeoBGDeAcIs2mfF-mGbwKzzv5KVtgr2GFwBM3qslnvEI_3G-n8iol9Up9hthp75Sm7ykHlp7GclyBT6XTW8XeE3Jq3l0y7zHeI3qhId4Ra24hnVmdiu5jrxGlWPHcl2R3U3v5D-MEauJdQvyLVEA_7CO591qQE8',
  dq: 'c9Z8tm5_VZLVLJi0V-rK06L357N9zSh7Ps3OZ9u_BQkNP0F3yFMH5IqQ0h0MVnNymYU6ZRpo4ln0pVl_bHQ6xIe5e5TDeA4kKsg5W-HxVGGte8k047-lBqjpcscWYuBffD8xxjbztzbwkaTtlJO_95pN4ZrLcCN6NS2iaU8WhTs',
  qi: 'mWvoPcp-Zc5SeB_OAi97WCRKcFXl39KovkC5u7-PLbj26qNhZAMjMfXz8cJu0V_mtdeEXhbO0I1WUvAEZmkC8sKiSJ87h23N_KicLq-DgXOc-TrPcmV4qL68HnwvarmHLFHRYFP5ebPLe9qaUgzFuVLEYyQN9ZabhfTh5OI1nH0',
}

/** What the provider's JWKS publishes: the public half, named by its RFC 7638 thumbprint. */
export const PROVIDER_JWKS: { readonly keys: readonly PublishedRsaKey[] } = {
  keys: [
    {
      kty: 'RSA',
      use: 'sig',
      alg: 'RS256',
      kid: 'x11ZxuMtCkVBDWKVHtD0H7D0jy6zFtye_uMmazOldYs',
      n: 'uj_Ghqrh8C7h-PaiA895loG0GVVglO_Pk-1fiLHK1MSDvp2jLaM_FjJqLJ1hbrhWqZUF5yD1UCX6HbUJOVaHa1JeXD4i-IflS_ziD7yJjT3btCxMiP8lb4n4xea_jTOOaYnQlsZwiyen51lB1Oqkc8cYKbj0V6iQL-tnZ6ZOaXDpYUGzypQekNWOcssBQ6JmVxq1xzdDwWoZe7uqs7OvX0tp7pzaBMQ9qbv0-kcd5A2mHsdAToASPadizDQoE-e3YRLjfCavYiDbikI_kKAMkKAzOCy11ZVhpMaUYK1VkwuIQF3TeD9VaDVyRCzxK_fDGLxFsFrAPAfn-aA0KvyJTQ',
      e: 'AQAB',
    },
  ],
}
