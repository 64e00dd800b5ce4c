/*
 * Errors at their fields (WCAG 3.3.1, 3.3.3; JIS X 8341-3): the page lists every message that belongs to a field in
 * a hidden list (#fieldErrors, from FieldErrors). Here each such field gets aria-invalid="true" and its message next to
 * it, referenced by aria-describedby; the message in the summary at the top becomes a link to the field; focus moves
 * to the first invalid field. Run when the page loads and after every PrimeFaces ajax update.
 */
(function () {
    'use strict';
    var MARK = 'data-vrm-field-error';

    function focusable(element) {
        if (/^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
            return element;
        }
        return element.querySelector('input:not([type=hidden]), select, textarea') || element;
    }

    function inputsOf(element) {
        if (/^(INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
            return [element];
        }
        var found = element.querySelectorAll('input:not([type=hidden]), select, textarea');
        return found.length ? Array.prototype.slice.call(found) : [element];
    }

    function clear() {
        document.querySelectorAll('[' + MARK + '=message]').forEach(function (m) { m.remove(); });
        document.querySelectorAll('[' + MARK + '=field]').forEach(function (f) {
            f.removeAttribute('aria-invalid');
            var ids = (f.getAttribute('aria-describedby') || '').split(/\s+/)
                .filter(function (id) { return id && id.slice(-12) !== ':fieldError'; });
            if (ids.length) {
                f.setAttribute('aria-describedby', ids.join(' '));
            } else {
                f.removeAttribute('aria-describedby');
            }
            f.removeAttribute(MARK);
        });
    }

    function apply(moveFocus) {
        clear();
        var list = document.getElementById('fieldErrors');
        if (!list) {
            return;
        }
        var first = null;
        list.querySelectorAll('li[data-for]').forEach(function (item) {
            var clientId = item.getAttribute('data-for');
            var field = document.getElementById(clientId);
            if (!field) {
                return;
            }
            var messageId = clientId + ':fieldError';
            var message = document.getElementById(messageId);
            if (!message) {
                message = document.createElement('span');
                message.id = messageId;
                message.className = 'field-error';
                message.setAttribute(MARK, 'message');
                field.insertAdjacentElement('afterend', message);
            }
            message.textContent = (message.textContent ? message.textContent + ' ' : '') + item.textContent;
            inputsOf(field).forEach(function (input) {
                input.setAttribute('aria-invalid', 'true');
                var described = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
                if (described.indexOf(messageId) < 0) {
                    described.push(messageId);
                }
                input.setAttribute('aria-describedby', described.join(' '));
                input.setAttribute(MARK, 'field');
            });
            linkSummary(item.textContent, clientId);
            if (!first) {
                first = focusable(field);
            }
        });
        if (first && moveFocus) {
            first.focus();
        }
    }

    /** The summary's entry of this message becomes a link that moves to the field. */
    function linkSummary(text, clientId) {
        var summary = document.getElementById('messages');
        if (!summary) {
            return;
        }
        summary.querySelectorAll('li').forEach(function (li) {
            if (li.querySelector('a') || li.textContent.trim() !== text.trim()) {
                return;
            }
            var link = document.createElement('a');
            link.href = '#' + encodeURIComponent(clientId);
            link.className = 'field-error-link';
            link.textContent = li.textContent.trim();
            link.addEventListener('click', function (event) {
                var field = document.getElementById(clientId);
                if (field) {
                    event.preventDefault();
                    focusable(field).focus();
                }
            });
            li.textContent = '';
            li.appendChild(link);
        });
    }

    document.addEventListener('DOMContentLoaded', function () { apply(true); });
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () { apply(true); });
    }
}());
