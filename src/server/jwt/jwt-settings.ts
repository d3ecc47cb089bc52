// The constants tutorials 004 and 005 share. The key is public on purpose: it is printed in
// FastAPI's docs, which is also why anyone can forge tokens for these apps.

/** Used as the UTF-8 bytes of this 64-character string; PyJWT does not hex-decode it. */
export const SECRET_KEY = '09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7'
export const ALGORITHM = 'HS256'
export const ACCESS_TOKEN_EXPIRE_MINUTES = 30
