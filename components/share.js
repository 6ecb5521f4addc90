// The "Copy link" button of the sidebar. navigator.clipboard exists only in a secure context
// (https or localhost); on a closed network the dashboard is often plain http on a host name,
// so the copy falls back to selecting the shown link and execCommand("copy").
(() => {
  const copied = (button) => {
    button.textContent = "Copied";
    setTimeout(() => (button.textContent = "Copy link"), 2000);
  };
  const fallback = (button) => {
    const shown = button.parentElement.querySelector("[data-share-link]");
    const range = document.createRange();
    range.selectNodeContents(shown);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (document.execCommand("copy")) copied(button);
  };
  for (const button of document.querySelectorAll("button[data-share-copy]")) {
    if (button.dataset.bound) continue;
    button.dataset.bound = "1";
    button.addEventListener("click", () => {
      const link = button.parentElement.querySelector("[data-share-link]").textContent;
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(link).then(() => copied(button), () => fallback(button));
      } else {
        fallback(button);
      }
    });
  }
})();
