// Starts downloading the event list while the app's JavaScript is still on its way; the app takes this request
// over (src/app/eventListRequest.ts) instead of starting its own after it has run. The default list, or a
// `?data=` path so plain that the app's own check (src/lib/dataPath.ts) is sure to accept it: letters, digits,
// "-", "_" and "." in "/"-separated names ending in .json, no "." or ".." segment, no "%". Anything else is left to
// the app, which validates the path and fetches it itself; an early request the app does not take is ignored.
'use strict';
(function () {
  var script = document.currentScript;
  if (!(script instanceof HTMLScriptElement)) return;
  var params = new URLSearchParams(location.search);
  var path = 'data/events.json';
  if (params.has('data')) {
    var raw = params.get('data').trim();
    if (raw.slice(0, 2) === '//') return; // another host, to the browser
    raw = raw.replace(/^\.\//, '').replace(/^\//, '');
    var plain = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*\.json$/i;
    if (raw.length > 300 || !plain.test(raw) || /(^|\/)\.\.?(\/|$)/.test(raw)) return;
    path = raw;
  }
  var url = new URL(path, script.src).href;
  var response = fetch(url);
  response.catch(function () {}); // the app reports failures; an early one is not unhandled
  window.brieflineEarlyEventList = { url: url, response: response };
})();
