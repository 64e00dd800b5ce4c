/*
 * Pages of a signed-in user: a page the browser brings back from its back-forward cache (Back after signing out) is
 * loaded again from the portal, which then shows nothing of the user who left.
 */
(function () {
    'use strict';
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            window.location.reload();
        }
    });
}());
