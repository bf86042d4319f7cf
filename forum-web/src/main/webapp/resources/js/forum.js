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
    },

    /** Brings a form that has just opened into view and moves the keyboard focus to its heading. */
    reveal: function (id) {
        var element = document.getElementById(id);
        if (element) {
            element.scrollIntoView({block: 'start', behavior: 'smooth'});
            element.focus({preventScroll: true});
        }
    },

    focus: function (id) {
        var element = document.getElementById(id);
        if (element) {
            element.focus();
        }
    },

    /**
     * Filter boxes filter as one types; Enter would otherwise submit their form with its first button,
     * which may be any row's "Edit".
     */
    noSubmitOnEnter: function (event) {
        return event.key !== 'Enter';
    },

    /** Copies the text of an input (a private link) and says so in the status element. */
    copy: function (inputId, statusId) {
        var input = document.getElementById(inputId);
        var status = document.getElementById(statusId);
        if (!input) {
            return;
        }
        var say = function (ok) {
            if (status) {
                status.textContent = status.getAttribute(ok ? 'data-copied' : 'data-failed');
            }
        };
        input.focus();
        input.select();
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(input.value).then(function () { say(true); }, function () { say(legacyCopy()); });
        } else {
            say(legacyCopy());
        }
        function legacyCopy() {
            try {
                input.select();
                return document.execCommand('copy');
            } catch (e) {
                return false;
            }
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
