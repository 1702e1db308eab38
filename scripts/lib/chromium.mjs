// The Chromium the bench scripts drive (Debian's, or CHROME_PATH) and the flags that work on these machines.
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
