// The notice that offers a waiting new version (see offline.ts). Reloading hides the page first, and the worksheets'
// stores write any unsaved typing on pagehide, so nothing typed is lost.
let accepted = false;

export function offer(registration: ServiceWorkerRegistration): void {
  const notice = document.querySelector('[data-update-notice]');
  const template = document.querySelector<HTMLTemplateElement>('template[data-update-template]');
  if (!notice || !template || notice.firstChild) return;
  // Only a version this page accepted reloads it; one accepted in another tab leaves this page alone.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  notice.append(template.content.cloneNode(true));
  notice.querySelector('button')?.addEventListener('click', () => {
    const waiting = registration.waiting;
    // Accepted in another tab already: this page only needs a reload.
    if (!waiting) return location.reload();
    accepted = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}
