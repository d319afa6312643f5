/* High-contrast switch: remembered in localStorage and applied before first paint, so pages stay identical for
   every visitor (cacheable) and the choice survives reloads. Without JavaScript, prefers-contrast still applies. */
(function () {
    var KEY = 'giot-contrast';
    var root = document.documentElement;
    function stored() {
        try { return localStorage.getItem(KEY) === 'high'; } catch (e) { return false; }
    }
    function apply(on) {
        root.classList.toggle('high-contrast', on);
        var button = document.getElementById('contrast-toggle');
        if (button) { button.setAttribute('aria-pressed', on ? 'true' : 'false'); }
    }
    apply(stored());
    document.addEventListener('DOMContentLoaded', function () {
        var button = document.getElementById('contrast-toggle');
        if (!button) { return; }
        button.hidden = false;
        apply(stored());
        button.addEventListener('click', function () {
            var on = !root.classList.contains('high-contrast');
            try { localStorage.setItem(KEY, on ? 'high' : 'normal'); } catch (e) { /* private mode: this page only */ }
            apply(on);
        });
    });
})();
