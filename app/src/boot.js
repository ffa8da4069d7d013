// The app's code (wasm glue and wasm) and Leaflet are fetched once the first view's
// picture is on screen: before, they would be downloaded and compiled while the page's
// first frame waits for the same network and cores. A page without the picture, or whose
// picture failed or is slow (over a second), starts at once.
(function (js, wasm, leafletJs, leafletCss) {
  // Leaflet's stylesheet goes first in the head, so the app's own rules override it.
  const load = (tag, attrs) => new Promise((resolve, reject) => {
    const el = Object.assign(document.createElement(tag), attrs, { onload: resolve, onerror: reject });
    document.head.prepend(el);
  });
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // The first frame laid out only the list's first rows (`.booting` in main.css); the rest now.
    document.documentElement.classList.remove('booting');
    // Leaflet (and its stylesheet, so no map is drawn unstyled) before the app runs.
    const leaflet = Promise.all([load('script', { src: leafletJs }), load('link', { rel: 'stylesheet', href: leafletCss })]);
    import(js)
      .then((app) => Promise.all([app.default({ module_or_path: wasm }), leaflet]).then(() => app.hydrate()));
  };
  // After the frame that shows the picture: the timeout runs once that frame is painted.
  const afterPaint = () => requestAnimationFrame(() => setTimeout(start));
  const picture = document.querySelector('img.map-preview');
  if (!picture) return start();
  setTimeout(start, 1000);
  picture.decode().then(afterPaint, afterPaint);
})
