// Keep a Plotly geo map's zoom and pan when Streamlit redraws it with the same uirevision, and
// fit its frame to the plot area so that the map fills it (Plotly letterboxes a frame whose
// shape differs from the plot's, and only the browser knows the plot's shape).
// Streamlit 1.67 remounts st.plotly_chart whenever its figure changes (the element id hashes
// the spec), so Plotly's own uirevision never sees the old plot. This replays the user's last
// geo.* relayout onto the new plot while layout.uirevision is unchanged; a new uirevision
// (another named view or selected fact) drops it, so the map recentres.
(() => {
  const keepers = (window.zoomKeepers = window.zoomKeepers || {});
  // Frames the fit writes: never recorded as the user's view.
  const FITTED = new Set(["geo.lonaxis.range", "geo.lataxis.range"]);
  const MAX_LAT = 84;
  // As Plotly's own GUI edits do (its guiEdit): a later Plotly.react from Streamlit then keeps
  // the view while uirevision holds, instead of resetting it to the figure's.
  const guiRelayout = (gd, update) => {
    gd._fullLayout._guiEditing = true;
    const done = window.Plotly.relayout(gd, update);
    gd._fullLayout._guiEditing = false;
    return done;
  };
  const clamp = (lat) => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const mercator = (lat) => Math.log(Math.tan(Math.PI / 4 + (clamp(lat) * Math.PI) / 360));
  const latitude = (y) => clamp(((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI);
  // The figure's frame widened to the plot's width/height, as geo/views.py `fitted` does.
  const fitted = (frame, aspect) => {
    const [lon0, lon1] = frame.lon;
    const [lat0, lat1] = frame.lat;
    const width = ((lon1 - lon0) * Math.PI) / 180;
    const height = mercator(lat1) - mercator(lat0);
    if (width / height < aspect) {
      const extra = (((height * aspect - width) / 2) * 180) / Math.PI;
      return { lon: [lon0 - extra, lon1 + extra], lat: [lat0, lat1] };
    }
    const extra = (width / aspect - height) / 2;
    return { lon: [lon0, lon1], lat: [latitude(mercator(lat0) - extra), latitude(mercator(lat1) + extra)] };
  };
  const plotAspect = (gd) => {
    const { _size: size, geo } = gd._fullLayout;
    const w = size.w * (geo.domain.x[1] - geo.domain.x[0]);
    const h = size.h * (geo.domain.y[1] - geo.domain.y[0]);
    return w > 50 && h > 50 ? w / h : null;
  };
  const fit = (gd) => {
    const aspect = plotAspect(gd);
    if (!aspect || (gd._fittedAspect && Math.abs(aspect / gd._fittedAspect - 1) < 0.02)) {
      return Promise.resolve();
    }
    gd._fittedAspect = aspect;
    const frame = fitted(gd._frame, aspect);
    return guiRelayout(gd, { "geo.lonaxis.range": frame.lon, "geo.lataxis.range": frame.lat });
  };
  const adopt = (keeper, gd) => {
    if (gd.dataset.zoomKept || !gd._fullLayout || !gd._fullLayout.geo || !gd.on) return;
    gd.dataset.zoomKept = "1";
    const geo = gd.layout.geo || {};
    gd._frame = { lon: [...geo.lonaxis.range], lat: [...geo.lataxis.range] };
    const revision = gd.layout.uirevision;
    const replay = revision === keeper.revision && Object.keys(keeper.view).length;
    if (!replay) Object.assign(keeper, { revision, view: {} });
    fit(gd).then(() => {
      if (replay) guiRelayout(gd, { ...keeper.view });
      gd.on("plotly_relayout", (update) => {
        for (const [name, value] of Object.entries(update)) {
          if (name.startsWith("geo") && !FITTED.has(name)) keeper.view[name] = value;
        }
      });
      gd.on("plotly_afterplot", () => fit(gd)); // a resized window: fit again
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
