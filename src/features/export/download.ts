/** Hands a finished file to the browser's downloads. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // the download reads the URL after this task; revoking at once can cancel it
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
