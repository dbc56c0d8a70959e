// The names files are saved under, dated by the user's clock so that files of different days sort
// and tell apart. Free of the backup format's parser, so the management page names the files it
// saves itself.

/** `YYYY-MM-DD`, the date as the user's clock shows it. */
export function fileDate(at: number): string {
  const date = new Date(at);
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `otp-companion-links-YYYY-MM-DD.txt`: the plain links, saved by the page. */
export function linksFileName(at: number): string {
  return `otp-companion-links-${fileDate(at)}.txt`;
}
