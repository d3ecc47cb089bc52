// Compiles a WebAssembly module from a fetched response. Streaming compilation needs the host to
// serve `.wasm` as application/wasm, and not every static host does; without that type it would
// fail, so the bytes are compiled whole instead. Either way the same module comes out.

export async function instantiateWasm(
  response: Response,
  imports: WebAssembly.Imports,
): Promise<WebAssembly.WebAssemblyInstantiatedSource> {
  if (!response.ok) throw new Error(`${response.url || 'the WebAssembly file'}: ${String(response.status)}`)
  const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (mediaType === 'application/wasm') return WebAssembly.instantiateStreaming(response, imports)
  return WebAssembly.instantiate(await response.arrayBuffer(), imports)
}
