// Starts config.json and the first view's API requests from index.html, in parallel,
// while the application code is still downloading (no request waterfall). The app
// claims each response once by its exact URL (src/api/early-responses.ts) and
// otherwise fetches as usual, so a mistake here costs a request, never correctness.
// A plain, external script on purpose: the reference server's Content-Security-Policy
// allows no inline script. Keep its URLs and headers in step with src/api/client.ts.
//
// On a repeat visit the API requests need not wait for config.json either: the
// settings they depend on (API address, credentials, demo flag; never a token) are
// remembered from the last config.json read, the requests start at once on that guess,
// and each response is handed to the app only once config.json has confirmed the guess
// (src/api/early-responses.ts reads a response that resolves to undefined as "fetch it
// yourself"). A wrong guess costs requests, never a response made with other settings.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || typeof fetch !== 'function' || typeof Promise !== 'function') return;
  var early = { startedAt: performance.now(), responses: {} };
  window.ipdEarlyFetch = early;
  // The app's base: the script's own folder, or, for the build's content-hashed copy
  // under assets/ (kept by the browser, so a repeat visit asks nothing for it),
  // where its data-base attribute points, relative to the script (vite.config.ts).
  var appBase = new URL(script.getAttribute && script.getAttribute('data-base') || '.', script.src);
  var configUrl = new URL('config.json', appBase).toString();
  var basePath = appBase.pathname;
  var config = fetch(configUrl, { cache: 'no-store', headers: { Accept: 'application/json' } });
  early.responses[configUrl] = config;
  // Per config.json's address: two deployments on one origin keep their own settings.
  var memoryKey = 'ipd-early-fetch:' + configUrl;
  var CREDENTIALS = ['include', 'same-origin', 'omit'];

  function apiUrl(apiBaseUrl, path) {
    return new URL(apiBaseUrl.replace(/\/+$/, '') + '/' + path, location.href).toString();
  }

  // The first view's requests, by route: the overview's first paint needs the plan, its
  // summary (counts, not every action) and the review list; the actions and measures it
  // fetches later itself. Every other view of a plan needs at least the plan and its
  // actions; the start page the list.
  function firstRequests() {
    var path = location.pathname.indexOf(basePath) === 0 ? location.pathname.slice(basePath.length) : '';
    if (path === '') return ['plans'];
    var match = /^plans\/([^/]+)(\/.*)?$/.exec(path);
    if (!match) return [];
    var plan = 'plans/' + encodeURIComponent(decodeURIComponent(match[1]));
    var rest = (match[2] || '').replace(/\/+$/, '');
    if (rest === '') return [plan, plan + '/summary', plan + '/reviews'];
    return [plan, plan + '/actions'];
  }

  // What the requests depend on, with the app's defaults (src/app/config-schema.ts);
  // null for a config the app will refuse anyway, so nothing is started or remembered.
  function requestSettings(value) {
    if (!value || typeof value !== 'object') return null;
    var base = value.apiBaseUrl === undefined ? '/api' : value.apiBaseUrl;
    var credentials = value.credentials === undefined ? 'include' : value.credentials;
    var demo = value.demo === undefined ? false : value.demo;
    if (typeof base !== 'string' || !base || CREDENTIALS.indexOf(credentials) < 0 || typeof demo !== 'boolean') return null;
    return { apiBaseUrl: base, credentials: credentials, demo: demo };
  }

  function sameSettings(a, b) {
    return a.apiBaseUrl === b.apiBaseUrl && a.credentials === b.credentials && a.demo === b.demo;
  }

  // localStorage throws when storage is disabled or full, or in some private modes:
  // then nothing is remembered and every visit waits for config.json, as before.
  function recall() {
    try {
      return requestSettings(JSON.parse(window.localStorage.getItem(memoryKey) || 'null'));
    } catch {
      return null;
    }
  }

  function remember(settings) {
    try {
      if (settings) window.localStorage.setItem(memoryKey, JSON.stringify(settings));
      else window.localStorage.removeItem(memoryKey);
    } catch {
      // Not remembered: the next visit waits for config.json.
    }
  }

  // Starts the first view's requests; returns url -> response promise.
  function start(settings, headers, signal) {
    var started = {};
    firstRequests().forEach(function (path) {
      var url = apiUrl(settings.apiBaseUrl, path);
      var init = { method: 'GET', headers: headers, credentials: settings.credentials };
      if (signal) init.signal = signal;
      var response = fetch(url, init);
      // An unclaimed failure must not surface as an unhandled rejection.
      response.catch(function () {});
      started[url] = response;
    });
    return started;
  }

  var accept = { Accept: 'application/json, application/problem+json' };
  var guess = recall();
  var confirmGuess = function () {};
  var guessed = {};
  var abortGuess = null;
  // Demo mode answers from a service worker that is not running yet: nothing to start.
  if (guess && !guess.demo) {
    var confirmed = new Promise(function (resolve) {
      confirmGuess = resolve;
    });
    if (typeof AbortController === 'function') abortGuess = new AbortController();
    guessed = start(guess, accept, abortGuess && abortGuess.signal);
    Object.keys(guessed).forEach(function (url) {
      var response = guessed[url];
      // The entry the app may claim settles only after config.json has been checked, so
      // the app cannot take a response made with settings config.json no longer has.
      var entry = confirmed.then(function (ok) {
        return ok ? response : undefined;
      });
      entry.catch(function () {});
      early.responses[url] = entry;
    });
  }

  config
    .then(function (response) {
      return response.ok ? response.clone().json() : null;
    })
    .then(function (body) {
      var settings = requestSettings(body);
      var token = body && typeof body.apiToken === 'string' && body.apiToken ? body.apiToken : '';
      // Never a token in storage: a deployment with one is not guessed at, ever.
      remember(token ? null : settings);
      var ok = !!(guess && !guess.demo && settings && !token && sameSettings(guess, settings));
      confirmGuess(ok);
      if (ok) return;
      if (abortGuess) abortGuess.abort();
      if (!settings || settings.demo) return;
      var headers = { Accept: accept.Accept };
      if (token) headers.Authorization = 'Bearer ' + token;
      // The guess was wrong or there was none: start the requests as config.json says
      // (an app that already claimed a guessed entry got undefined and fetches itself).
      var started = start(settings, headers, null);
      Object.keys(started).forEach(function (url) {
        early.responses[url] = started[url];
      });
    })
    .catch(function () {
      // The app reads config.json itself and reports any problem with it.
      confirmGuess(false);
      remember(null);
      if (abortGuess) abortGuess.abort();
    });
})();
