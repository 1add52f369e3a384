/*
 * Broadsheet's one decision before the first paint. index.html carries the default page rendered
 * at build time (the sample's contents and first article), as a reader with the default settings
 * sees it at the default address. For anyone else — another address, Simplified chosen (or the
 * browser's languages asking for it), other reading settings or pane sizes — that markup would
 * show and then change: for them it is hidden (`<html data-boot="client">`, styles.css) and the
 * app renders as it always did. A classic same-origin script, so the Content-Security-Policy
 * stays `script-src 'self'`; it compares with the defaults the build wrote into `data-defaults`.
 * Kept in step with the app by src/app/prerender/boot.test.ts.
 */
(function () {
  var script = document.currentScript;
  var fits = false;
  try {
    fits = fitsDefaults(JSON.parse(script.getAttribute('data-defaults')));
  } catch (e) {
    fits = false;
  }
  if (!fits) document.documentElement.setAttribute('data-boot', 'client');

  // The markup comes laid out for a desk and for a phone: the one this screen does not show (both,
  // when the page does not fit) leaves the document as soon as it is parsed, before any paint, so
  // the page holds one `main`, and each id once. styles.css hides it meanwhile all the same.
  var phone = window.matchMedia('(max-width: 760px)').matches;
  var unwanted = fits ? (phone ? 'prerendered-desk' : 'prerendered-phone') : 'prerendered';
  function removeUnwanted() {
    var root = document.getElementById('root');
    var gone = root ? root.querySelectorAll(':scope > .' + unwanted) : [];
    for (var i = 0; i < gone.length; i++) gone[i].remove();
  }
  var observer = new MutationObserver(function () {
    removeUnwanted();
    if (document.readyState !== 'loading') observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    observer.takeRecords();
    removeUnwanted();
    observer.disconnect();
  });

  function read(key) {
    var raw = localStorage.getItem(key);
    return raw ? JSON.parse(raw) : null;
  }

  /** The script the browser's languages ask for: src/store/prefs.ts `scriptFromLanguages`. */
  function scriptFromLanguages(languages) {
    for (var i = 0; i < languages.length; i++) {
      var lang = String(languages[i]).toLowerCase();
      if (lang.indexOf('zh') !== 0) continue;
      return /^zh-(cn|sg|my)\b|hans/.test(lang) ? 'hans' : 'hant';
    }
    return 'hant';
  }

  function fitsDefaults(defaults) {
    if (!/^(#\/?)?$/.test(location.hash)) return false;
    var stored = read(defaults.prefsKey);
    var prefs = (stored && stored.state) || {};
    for (var key in defaults.prefs) if (key in prefs && prefs[key] !== defaults.prefs[key]) return false;
    if ((prefs.script || scriptFromLanguages(navigator.languages || [])) !== 'hant') return false;
    for (var group in defaults.layouts) {
      var saved = read('react-resizable-panels:' + group) || {};
      var sizes = defaults.layouts[group];
      for (var panel in sizes) if (typeof saved[panel] === 'number' && Math.abs(saved[panel] - sizes[panel]) > 0.5) return false;
    }
    return true;
  }
})();
