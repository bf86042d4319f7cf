/*
 * What the pages do when an Ajax request goes wrong. PrimeFaces would otherwise redirect to the error
 * pages' locations, which live under WEB-INF and cannot be requested.
 */
var ForumProtocol = {
    /** A reload goes through sign-in again when the session has ended, and then returns here. */
    reload: function () {
        window.location.reload();
    },

    requestFailed: function () {
        var banner = document.getElementById('request-failed');
        if (banner) {
            banner.hidden = false;
        }
    }
};

if (window.jQuery) {
    jQuery(document).on('pfAjaxError', function (event, xhr) {
        var type = xhr && xhr.getResponseHeader ? (xhr.getResponseHeader('Content-Type') || '') : '';
        if (xhr && xhr.status === 200 && type.indexOf('text/html') === 0) {
            // An expired session answers an Ajax request with the login page instead of a partial response.
            ForumProtocol.reload();
        } else {
            ForumProtocol.requestFailed();
        }
    });
}
