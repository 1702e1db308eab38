/**
 * Opens the browser's print dialog, where "Save as PDF" makes the file; the tool's print styles do the rest.
 * Inside a chapter, it marks its own worksheet so that only the worksheet prints, not the chapter around it.
 */
export function PrintButton({ label = 'Print or save as PDF', beforePrint }: { label?: string; beforePrint?: () => boolean }) {
  return (
    <button
      type="button"
      class="button-primary"
      onClick={(event) => {
        if (beforePrint && !beforePrint()) return;
        const embed = event.currentTarget.closest('.tool-embed');
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
      }}
    >
      {label}
    </button>
  );
}
