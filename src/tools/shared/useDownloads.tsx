import { useState } from 'preact/hooks';
import { downloadText } from './download';

export interface Download {
  name: string;
  text: string;
  type?: string;
}

/**
 * Making files, and saying in sight (and to a screen reader) that it happened, since browsers differ in how
 * visibly they show a download. `make` returns null when there is nothing to download; `none` then says so.
 */
export function useDownloads() {
  const [said, setSaid] = useState('');
  const say = (words: string) => setSaid((before) => (before === words ? `${words}\u00a0` : words));
  const download = (make: () => Download | null, none = 'There was nothing to download.') => {
    const file = make();
    if (file) downloadText(file.name, file.text, file.type);
    say(file ? `Downloaded ${file.name}. Look for it in your downloads.` : none);
  };
  const note = (
    <p class="download-note" role="status">
      {said}
    </p>
  );
  return { download, say, note };
}
