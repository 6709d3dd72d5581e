// Starts config.json and the first view's API requests from index.html, in parallel,
// while the application code is still downloading (no request waterfall). The app
// claims each response once by its exact URL (src/api/early-responses.ts) and
// otherwise fetches as usual, so a mistake here costs a request, never correctness.
// A plain, external script on purpose: the reference server's Content-Security-Policy
// allows no inline script. Keep its URLs and headers in step with src/api/client.ts.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || typeof fetch !== 'function' || typeof Promise !== 'function') return;
  var early = { startedAt: performance.now(), responses: {} };
  window.ipdEarlyFetch = early;
  var configUrl = new URL('config.json', script.src).toString();
  var basePath = new URL('.', script.src).pathname;
  var config = fetch(configUrl, { cache: 'no-store', headers: { Accept: 'application/json' } });
  early.responses[configUrl] = config;

  function apiUrl(apiBaseUrl, path) {
    return new URL(apiBaseUrl.replace(/\/+$/, '') + '/' + path, location.href).toString();
  }

  // The first view's requests, by route: an overview needs all four; every other
  // view of a plan needs at least the plan and its actions; the start page the list.
  function firstRequests() {
    var path = location.pathname.indexOf(basePath) === 0 ? location.pathname.slice(basePath.length) : '';
    if (path === '') return ['plans'];
    var match = /^plans\/([^/]+)(\/.*)?$/.exec(path);
    if (!match) return [];
    var plan = 'plans/' + encodeURIComponent(decodeURIComponent(match[1]));
    var rest = (match[2] || '').replace(/\/+$/, '');
    if (rest === '') return [plan, plan + '/actions', plan + '/reviews', plan + '/measures'];
    return [plan, plan + '/actions'];
  }

  config
    .then(function (response) {
      return response.ok ? response.clone().json() : null;
    })
    .then(function (settings) {
      // Demo mode answers from a service worker that is not running yet: nothing to start.
      if (!settings || settings.demo === true) return;
      var headers = { Accept: 'application/json, application/problem+json' };
      if (typeof settings.apiToken === 'string' && settings.apiToken) headers.Authorization = 'Bearer ' + settings.apiToken;
      var base = typeof settings.apiBaseUrl === 'string' && settings.apiBaseUrl ? settings.apiBaseUrl : '/api';
      var credentials = ['include', 'same-origin', 'omit'].indexOf(settings.credentials) >= 0 ? settings.credentials : 'include';
      firstRequests().forEach(function (path) {
        var url = apiUrl(base, path);
        var response = fetch(url, { method: 'GET', headers: headers, credentials: credentials });
        // An unclaimed failure must not surface as an unhandled rejection.
        response.catch(function () {});
        early.responses[url] = response;
      });
    })
    .catch(function () {
      // The app reads config.json itself and reports any problem with it.
    });
})();
