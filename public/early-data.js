// Starts downloading the default event list while the app's JavaScript is still on its way; the app
// takes this request over (src/app/eventListRequest.ts) instead of starting its own after it has run.
// Not with ?data=: the app validates that path and fetches it itself.
'use strict';
if (!new URLSearchParams(location.search).has('data') && document.currentScript instanceof HTMLScriptElement) {
  var url = new URL('data/events.json', document.currentScript.src).href;
  var response = fetch(url);
  response.catch(function () {}); // the app reports failures; an early one is not unhandled
  window.brieflineEarlyEventList = { url: url, response: response };
}
