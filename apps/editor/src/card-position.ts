const MARGIN = 8;

/**
 * Keeps the plugin's hover card (`.fm-card`, placed below its finding with `position: fixed`)
 * inside the viewport: when it would run past the bottom edge it moves above the finding, and
 * when it would run past the right edge it moves left. The plugin always places the card below
 * the text, so a finding near the bottom of the window would otherwise have a card nobody can
 * reach. `anchorTop` gives the viewport top of a finding's text by id.
 */
export function keepCardInView(container: HTMLElement, anchorTop: (findingId: string) => number | undefined): MutationObserver {
  const adjust = (card: HTMLElement): void => {
    if (card.hidden || card.style.position !== "fixed") return;
    const rect = card.getBoundingClientRect();
    const viewportHeight = card.ownerDocument.documentElement.clientHeight;
    const viewportWidth = card.ownerDocument.documentElement.clientWidth;
    if (rect.bottom > viewportHeight - MARGIN) {
      const top = anchorTop(card.dataset.findingId ?? "");
      const above = (top ?? rect.top) - rect.height - 4;
      const next = `${Math.round(Math.max(MARGIN, above))}px`;
      if (card.style.top !== next) card.style.top = next;
    }
    if (rect.right > viewportWidth - MARGIN) {
      const next = `${Math.round(Math.max(MARGIN, viewportWidth - MARGIN - rect.width))}px`;
      if (card.style.left !== next) card.style.left = next;
    }
  };
  const observer = new MutationObserver(() => {
    const card = container.querySelector<HTMLElement>(".fm-card");
    if (card) adjust(card);
  });
  observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ["style", "hidden", "data-finding-id"] });
  return observer;
}
