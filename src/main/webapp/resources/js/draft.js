/*
 * The contractor's first report: while the user types, the draft is kept on the server a minute after the last
 * change (once a title is entered), so a session that ends while the report is written loses little.
 */
(function () {
    'use strict';
    var form = document.getElementById('reportForm');
    if (!form) {
        return;
    }
    var timer = null;
    function save() {
        var title = document.getElementById('reportForm:title');
        var button = document.getElementById('reportForm:autoSave');
        if (title && title.value.trim() !== '' && button) {
            button.click();
        }
    }
    form.addEventListener('input', function (event) {
        if (event.target && event.target.type === 'file') {
            return;
        }
        if (timer) {
            window.clearTimeout(timer);
        }
        timer = window.setTimeout(save, 60000);
    });
}());
