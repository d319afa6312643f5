/* "Check a device": a live result as the visitor answers. The page works without this file (a plain GET form);
   here each answer fetches the very URL the form would open and swaps in that page's result region, so the rating
   is computed by the server alone, exactly as without JavaScript. The address bar follows (shareable at any time). */
(function () {
    'use strict';

    function enhancePrint(region) {
        var print = region.querySelector('#checklist-print');
        if (print) {
            print.hidden = false;
            print.addEventListener('click', function () { window.print(); });
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        var wrapper = document.getElementById('checklist');
        var form = document.getElementById('checklist-form');
        var region = document.getElementById('checklist-result-region');
        var live = document.getElementById('checklist-live');
        if (!wrapper || !form || !region || !live) {
            return;
        }
        enhancePrint(region);
        if (!window.fetch || !window.DOMParser || !window.URLSearchParams || !window.FormData) {
            return;
        }
        var latest = 0;

        function urlOfAnswers() {
            var query = new URLSearchParams(new FormData(form)).toString();
            return form.action + (query ? '?' + query : '');
        }

        function refresh(focusResult) {
            var url = urlOfAnswers();
            var ticket = ++latest;
            region.setAttribute('aria-busy', 'true');
            fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
                .then(function (response) {
                    if (!response.ok) { throw new Error('HTTP ' + response.status); }
                    return response.text();
                })
                .then(function (html) {
                    if (ticket !== latest) { return; }
                    var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('checklist-result-region');
                    if (!fresh) { throw new Error('no result region'); }
                    region.innerHTML = fresh.innerHTML;
                    region.removeAttribute('aria-busy');
                    var result = document.getElementById('checklist-result');
                    wrapper.classList.toggle('has-result', !!result);
                    history.replaceState(null, '', url);
                    live.textContent = result ? result.getAttribute('data-summary') : '';
                    enhancePrint(region);
                    if (focusResult && result) {
                        result.focus();
                    }
                })
                .catch(function () {
                    // Whatever went wrong, the plain form's way still works: open the result page itself.
                    if (ticket === latest) { window.location.assign(url); }
                });
        }

        form.addEventListener('change', function (event) {
            if (event.target && event.target.type === 'radio') {
                refresh(false);
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            refresh(true);
        });
    });
})();
