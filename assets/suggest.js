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
    markers[i].setLatLng(ll);
  }
  var markers = sites.map(function (s, i) {
    var m = L.marker([s.lat, s.lon], { draggable: true, icon: icon(i), keyboard: false }).addTo(map);
    m.on('dragend', function () { set(i, m.getLatLng()); });
    m.on('click', function () { active = i; });
    return m;
  });
  map.on('click', function (e) { set(active, e.latlng); });
  sites.forEach(function (s, i) {
    ['lon', 'lat'].forEach(function (k) {
      field(i, k).addEventListener('change', function () {
        var lon = parseFloat(field(i, 'lon').value), lat = parseFloat(field(i, 'lat').value);
        if (isFinite(lon) && isFinite(lat)) markers[i].setLatLng([lat, lon]);
      });
    });
  });
  // The site whose fields have focus is the one a click moves.
  document.querySelectorAll('[data-site]').forEach(function (fs) {
    fs.addEventListener('focusin', function () { active = Number(fs.dataset.site); });
  });
  var bounds = L.latLngBounds(sites.map(function (s) { return [s.lat, s.lon]; }));
  map.fitBounds(bounds.pad(0.5), { maxZoom: 11 });
  el.dataset.ready = 'true';
})();
