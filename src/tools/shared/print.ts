/**
 * Opens the browser's print dialog for the worksheet that `from` belongs to; "Save as PDF" there makes the file.
 * Inside a chapter it marks that worksheet so that only the worksheet prints, not the chapter around it
 * (print.css); the marks go when printing ends.
 */
export function printTool(from: Element | null | undefined): void {
  const embed = from?.closest('.tool-embed');
  const root = document.documentElement;
  embed?.classList.add('tool-embed--printing');
  if (embed) root.classList.add('print-tool');
  const done = () => {
    embed?.classList.remove('tool-embed--printing');
    root.classList.remove('print-tool');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
