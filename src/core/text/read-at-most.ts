/**
 * Reads a byte stream to its end, or gives up as soon as it passes `maxBytes`: the stream is
 * cancelled there, so an endless or huge answer (with or without Content-Length) is never read whole.
 * Shared by the team registry download and the CLI's page fetch. Web streams only: runs in the
 * worker, the browser and Node alike.
 */
export async function readAtMost(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // The answer is refused either way; a failing cancel must not hide that.
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
