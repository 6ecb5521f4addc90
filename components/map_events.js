// The outline of a box or lasso drawn on the geo map, for Python.
//
// Streamlit passes a geo selection on as its points only (layout.selections, where it reads
// box and lasso shapes, holds cartesian ones), so the outline is read from Plotly's own event
// (range.geo or lassoPoints.geo) and sent as a trigger value. The event's points are emptied
// before Streamlit's handler sees them, so that a lasso round one dot does not also select that
// dot's fact.
export default function (component) {
  const { setTriggerValue, data } = component;
  const state = (window.mapEvents = window.mapEvents || { observers: {} });
  state.send = setTriggerValue;
  const selector = `.st-key-${data.key} .js-plotly-plot`;

  const outline = (event) => {
    if (event && event.lassoPoints && event.lassoPoints.geo) return event.lassoPoints.geo;
    if (event && event.range && event.range.geo) {
      const [[lon0, lat0], [lon1, lat1]] = event.range.geo;
      return [[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1]];
    }
    return null;
  };
  const adopt = (gd) => {
    if (gd.dataset.mapEvents || !gd._ev || !gd._fullLayout || !gd._fullLayout.geo) return;
    gd.dataset.mapEvents = "1";
    // First in line, before Streamlit's own plotly_selected handler.
    gd._ev.prependListener("plotly_selected", (event) => {
      const corners = outline(event);
      if (!corners) return;
      if (Array.isArray(event.points)) event.points.length = 0;
      state.send("area", { lon: corners.map((c) => c[0]), lat: corners.map((c) => c[1]) });
    });
    gd.on("plotly_deselect", () => state.send("area", { lon: [], lat: [] }));
  };
  if (!state.observers[selector]) {
    const scan = () => document.querySelectorAll(selector).forEach(adopt);
    state.observers[selector] = new MutationObserver(scan);
    state.observers[selector].observe(document.body, { childList: true, subtree: true });
    scan();
  }
}
