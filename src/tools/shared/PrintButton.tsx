import { printTool } from './print';

/** The worksheet's "Print or save as PDF" button. `beforePrint` may stop it (to ask a question first). */
export function PrintButton({ label = 'Print or save as PDF', beforePrint }: { label?: string; beforePrint?: () => boolean }) {
  return (
    <button
      type="button"
      class="button-primary"
      onClick={(event) => {
        if (beforePrint && !beforePrint()) return;
        printTool(event.currentTarget);
      }}
    >
      {label}
    </button>
  );
}
