/** Base64 of bytes and back, in the browser, without a data: prefix. */
const chunkSize = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: spreading a whole 1 MB array into fromCharCode overflows the call stack.
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
