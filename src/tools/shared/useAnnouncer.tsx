import { useCallback, useState } from 'preact/hooks';

/**
 * A polite live region and the way to speak through it. The same words twice in a row are still announced:
 * a no-break space makes the second one a change.
 */
export function useAnnouncer() {
  const [said, setSaid] = useState('');
  const announce = useCallback((text: string) => setSaid((before) => (before === text ? `${text}\u00a0` : text)), []);
  const region = (
    <p class="visually-hidden" role="status" aria-live="polite">
      {said}
    </p>
  );
  return { announce, region };
}
