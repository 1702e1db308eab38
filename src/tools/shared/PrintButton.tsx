/** Opens the browser's print dialog, where "Save as PDF" makes the file. The page's print styles do the rest. */
export function PrintButton({ label = 'Print or save as PDF', beforePrint }: { label?: string; beforePrint?: () => boolean }) {
  return (
    <button
      type="button"
      class="button-primary"
      onClick={() => {
        if (beforePrint && !beforePrint()) return;
        window.print();
      }}
    >
      {label}
    </button>
  );
}
