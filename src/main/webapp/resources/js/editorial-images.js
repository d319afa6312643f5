/* The CMS editor's "insert an image" box: puts a media library image, with the text alternative the editor gives,
   into the text editor (PrimeFaces' Quill, widget "bodyEditor") at the cursor. Without JavaScript the box stays
   hidden; the page's own scripts are external files (the CSP allows no inline script). */
(function () {
    function editor() {
        var widget = window.PrimeFaces && PrimeFaces.widgets && PrimeFaces.widgets.bodyEditor;
        return widget && widget.editor;
    }
    document.addEventListener('DOMContentLoaded', function () {
        var box = document.getElementById('insert-image');
        var select = document.getElementById('bodyImage');
        var alt = document.getElementById('bodyImageAlt');
        var error = document.getElementById('bodyImageAlt-error');
        var preview = document.getElementById('bodyImagePreview');
        var done = document.getElementById('insertImageDone');
        var button = document.getElementById('insertImage');
        if (!box || !select || !alt || !button) { return; }
        box.hidden = false;
        var lastDefault = alt.value;
        select.addEventListener('change', function () {
            var option = select.options[select.selectedIndex];
            // The library's text in the item's language, unless the editor wrote their own.
            if (alt.value === '' || alt.value === lastDefault) {
                alt.value = option.getAttribute('data-alt') || '';
            }
            lastDefault = option.getAttribute('data-alt') || '';
            preview.src = option.getAttribute('data-thumb');
        });
        button.addEventListener('click', function () {
            var quill = editor();
            var text = alt.value.trim();
            done.textContent = '';
            if (text === '') {
                error.textContent = error.getAttribute('data-message');
                alt.setAttribute('aria-invalid', 'true');
                alt.focus();
                return;
            }
            error.textContent = '';
            alt.setAttribute('aria-invalid', 'false');
            if (!quill) { return; }
            var option = select.options[select.selectedIndex];
            var range = quill.getSelection(true);
            var index = range ? range.index : quill.getLength() - 1;
            var formats = { alt: text };
            if (option.getAttribute('data-width')) { formats.width = option.getAttribute('data-width'); }
            if (option.getAttribute('data-height')) { formats.height = option.getAttribute('data-height'); }
            // "api": PrimeFaces copies the editor's HTML into the submitted field on API changes at once.
            quill.insertEmbed(index, 'image', select.value, 'api');
            quill.formatText(index, 1, formats, 'api');
            quill.setSelection(index + 1, 0, 'api');
            done.textContent = done.getAttribute('data-message');
        });
    });
})();
