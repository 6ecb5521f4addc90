// Keep a Plotly geo map's zoom and pan when Streamlit redraws it with the same uirevision.
// Streamlit 1.67 remounts st.plotly_chart whenever its figure changes (the element id hashes
// the spec), so Plotly's own uirevision never sees the old plot. This replays the user's last
// geo.* relayout onto the new plot while layout.uirevision is unchanged; a new uirevision
// (another named view or selected fact) drops it, so the map recentres.
(() => {
  const keepers = (window.zoomKeepers = window.zoomKeepers || {});
  // As Plotly's own GUI edits do (its guiEdit): a later Plotly.react from Streamlit then keeps
  // the view while uirevision holds, instead of resetting it to the figure's.
  const guiRelayout = (gd, update) => {
    gd._fullLayout._guiEditing = true;
    window.Plotly.relayout(gd, update);
    gd._fullLayout._guiEditing = false;
  };
  const adopt = (keeper, gd) => {
    if (gd.dataset.zoomKept || !gd._fullLayout || !gd._fullLayout.geo || !gd.on) return;
    gd.dataset.zoomKept = "1";
    const revision = gd.layout.uirevision;
    if (revision === keeper.revision && Object.keys(keeper.view).length) {
      guiRelayout(gd, { ...keeper.view });
    } else {
      Object.assign(keeper, { revision, view: {} });
    }
    gd.on("plotly_relayout", (update) => {
      for (const [name, value] of Object.entries(update)) {
        if (name.startsWith("geo")) keeper.view[name] = value;
      }
    });
  };
  window.keepZoom = (key) => {
    if (keepers[key]) return;
    const keeper = (keepers[key] = { revision: undefined, view: {} });
    const scan = () => {
      document.querySelectorAll(`.st-key-${key} .js-plotly-plot`).forEach((gd) => adopt(keeper, gd));
    };
    new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
    scan();
  };
})();
