/** Focuses an element that the current update is about to render (a newly added entry). */
export function focusSoon(elementId: string): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(elementId);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  });
}
