/**
 * Reads an export Blob back as text pieces no longer than a limit, streaming: only one piece
 * (and the decoder's small buffer) is in the JS heap at a time. A piece never ends between the
 * two halves of a surrogate pair, so each piece is well-formed text on its own.
 */
export async function forEachTextPiece(
  blob: Blob,
  maxLength: number,
  onPiece: (text: string, bytesRead: number) => Promise<void>,
): Promise<void> {
  const reader = blob.stream().pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  let bytesRead = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending += value;
      // Decoded characters are at most the bytes read, so this tracks the Blob's bytes closely.
      bytesRead = Math.min(blob.size, bytesRead + value.length);
      while (pending.length >= maxLength) {
        const cut = safeCut(pending, maxLength);
        const piece = pending.slice(0, cut);
        pending = pending.slice(cut);
        await onPiece(piece, bytesRead);
      }
    }
    if (pending !== '') await onPiece(pending, blob.size);
  } finally {
    reader.releaseLock();
  }
}

function safeCut(text: string, maxLength: number): number {
  const last = text.charCodeAt(maxLength - 1);
  const highSurrogate = last >= 0xd800 && last <= 0xdbff;
  return highSurrogate ? maxLength - 1 : maxLength;
}
