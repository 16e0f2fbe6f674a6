/**
 * Hands an object URL to the browser as a download named `fileName` (a hidden link, clicked),
 * then frees the URL a moment later, once the browser has read it. Takes ownership of `url`.
 */
export function offerDownloadUrl(url: string, fileName: string, page: Window = window): void {
  const link = page.document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  page.document.body.append(link);
  link.click();
  link.remove();
  page.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** offerDownloadUrl() for a blob made here (an export). */
export function offerDownload(blob: Blob, fileName: string, page: Window = window): void {
  offerDownloadUrl(URL.createObjectURL(blob), fileName, page);
}
