// Early event-list fetch: src/app/eventListRequest.ts
(function () {
  var s = document.currentScript;
  if (!(s instanceof HTMLScriptElement)) return;
  var p = new URLSearchParams(location.search).get('data');
  if (p !== null) {
    p = p.trim();
    if (p.slice(0, 2) === '//' || p.length > 300) return;
    p = p.replace(/^\.?\//, '');
    if (!/^[\w-][\w.-]*(\/[\w-][\w.-]*)*\.json$/i.test(p)) return;
  }
  var url = new URL(p || 'data/events.json', s.src).href;
  var response = fetch(url);
  response.catch(function () {});
  window.brieflineEarlyEventList = { url: url, response: response };
})();
