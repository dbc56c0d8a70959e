/**
 * Hands a text to the browser as a download: a Blob URL on a link with `download`, clicked once.
 * The URL is revoked right after, so the file's content does not stay reachable from the page.
 */
export function saveTextFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // A moment later: the click starts the download asynchronously, and needs the URL until then.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}
