// The suggest page's map picker (/suggest/{id} only; the map's pages never load it): a click
// on the map or a dragged marker writes a site's longitude and latitude into the form, and
// typed coordinates move the marker. Without this script the form still works by typing.
(function () {
  'use strict';
  var el = document.getElementById('suggest-map');
  if (!el || !window.L) return;
  var sites = JSON.parse(el.dataset.sites || '[]');
  var map = L.map(el, { zoomSnap: 0.5 });
  var active = 0;
  var field = function (i, k) { return document.querySelector('[name="site' + i + '_' + k + '"]'); };
  var icon = function (i) {
    return L.divIcon({ className: 'pick-marker', html: String(i + 1), iconSize: [22, 22] });
  };
  // The base map in the map's own look (app::model::RegionKind, sent by the server).
  var looks = JSON.parse(el.dataset.looks || '{}');
  fetch(el.dataset.basemap).then(function (r) { return r.json(); }).then(function (g) {
    L.geoJSON(g, {
      interactive: false,
      style: function (f) { return looks[f.properties && f.properties.kind] || looks.context; },
    }).addTo(map).bringToBack();
  });
  // A position from the map is WGS-84 whatever the datum of typed coordinates was.
  function set(i, ll) {
    field(i, 'lon').value = ll.lng.toFixed(6);
    field(i, 'lat').value = ll.lat.toFixed(6);
    field(i, 'precision').value = 'site';
    var datum = document.querySelector('[name="datum"]');
    if (datum) datum.value = 'wgs84';
    if (markers[i]) markers[i].setLatLng(ll); else markers[i] = place(i, ll);
  }
  // A site without a position yet (a new entity) gets its marker at the first click.
  function place(i, ll) {
    var m = L.marker(ll, { draggable: true, icon: icon(i), keyboard: false }).addTo(map);
    m.on('dragend', function () { set(i, m.getLatLng()); });
    m.on('click', function () { active = i; });
    return m;
  }
  var markers = sites.map(function (s, i) {
    return s.lon == null || s.lat == null ? null : place(i, [s.lat, s.lon]);
  });
  map.on('click', function (e) { set(active, e.latlng); });
  sites.forEach(function (s, i) {
    ['lon', 'lat'].forEach(function (k) {
      field(i, k).addEventListener('change', function () {
        var lon = parseFloat(field(i, 'lon').value), lat = parseFloat(field(i, 'lat').value);
        if (!isFinite(lon) || !isFinite(lat)) return;
        if (markers[i]) markers[i].setLatLng([lat, lon]); else markers[i] = place(i, [lat, lon]);
      });
    });
  });
  // The site whose fields have focus is the one a click moves.
  document.querySelectorAll('[data-site]').forEach(function (fs) {
    fs.addEventListener('focusin', function () { active = Number(fs.dataset.site); });
  });
  var placed = sites.filter(function (s) { return s.lon != null && s.lat != null; });
  if (placed.length) {
    map.fitBounds(L.latLngBounds(placed.map(function (s) { return [s.lat, s.lon]; })).pad(0.5), { maxZoom: 11 });
  } else {
    var f = JSON.parse(el.dataset.frame); // [min lon, min lat, max lon, max lat]
    map.fitBounds([[f[1], f[0]], [f[3], f[2]]]);
  }
  el.dataset.ready = 'true';
})();
