/* Back-office screens of the press room: after a full-page postback, put the keyboard focus where the person was
   working (the first invalid field, else what the page names: a row's button, a form field, the messages), so
   keyboard and screen reader users do not start again from the top of the page. */
document.addEventListener('DOMContentLoaded', function () {
    var invalid = document.querySelector('main [aria-invalid="true"]');
    if (invalid) {
        invalid.focus();
        return;
    }
    var marker = document.getElementById('press-focus');
    var key = marker && marker.getAttribute('data-target');
    if (!key) {
        return;
    }
    var target = document.querySelector('[data-focus-key="' + key + '"]') || document.getElementById(key);
    if (target && target.disabled) {
        target = target.closest('tr');
    }
    if (target) {
        target.focus();
    }
});
