/*
 * The change log page (templates/audit/change-log.vm): runs /audit/verify and says "intact: N entries" or the
 * first entry that no longer matches and what; lists an issue's entries from /audit/issues/{key}. Text only.
 */
(function (global) {
    'use strict';

    var relman = global.relman;
    var dom = relman.dom;

    function start(root) {
        var rest = root.getAttribute('data-rest-base');
        var pageUrl = root.getAttribute('data-page-url');
        var form = root.querySelector('#audit-issue-form');
        var key = root.querySelector('#audit-issue-key');
        root.querySelector('#audit-verify').addEventListener('click', function () { verify(root, rest); });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var wanted = key.value.trim().toUpperCase();
            global.history.replaceState(null, '', relman.rest.url(pageUrl, {issue: wanted}));
            showIssue(root, rest, form, wanted);
        });
        verify(root, rest);
        var initial = new global.URLSearchParams(global.location.search).get('issue');
        if (initial) {
            key.value = initial;
            showIssue(root, rest, form, initial.trim().toUpperCase());
        }
    }

    function verify(root, rest) {
        var result = root.querySelector('#audit-result');
        var report = root.querySelector('#audit-report');
        root.setAttribute('aria-busy', 'true');
        relman.rest.get(rest + '/audit/verify').then(function (r) {
            relman.messages.show(result, r.intact ? 'success' : 'error', r.intact ? r.message
                : r.message + '. The entries from ' + r.brokenAt + ' on can no longer be trusted.');
            var values = {entries: r.entries, brokenAt: r.brokenAt, problem: r.problem, headSeq: r.headSeq};
            Array.prototype.forEach.call(report.querySelectorAll('td[data-field]'), function (cell) {
                var field = cell.getAttribute('data-field');
                if (field === 'headHash') {
                    dom.text(cell.querySelector('code'), r.headHash);
                } else {
                    dom.text(cell, values[field] === null || values[field] === undefined ? '' : values[field]);
                }
            });
            report.hidden = false;
        }, function (failure) {
            report.hidden = true;
            relman.messages.show(result, 'error', failure.message);
        }).then(function () {
            root.removeAttribute('aria-busy');
        });
    }

    function showIssue(root, rest, form, issueKey) {
        var messages = root.querySelector('#audit-issue-messages');
        var table = root.querySelector('#audit-entries');
        var body = table.querySelector('tbody');
        relman.forms.clearErrors(form);
        relman.messages.clear(messages);
        if (!issueKey) {
            relman.forms.showErrors(form, {message: 'Type an issue key.', errors: [{field: 'issue', message: 'Type an issue key, e.g. CHG-1.'}]});
            return;
        }
        relman.rest.get(rest + '/audit/issues/' + relman.rest.segment(issueKey)).then(function (entries) {
            dom.clear(body);
            (entries || []).forEach(function (e) {
                var details = Object.keys(e.details || {}).map(function (k) {
                    return dom.el('li', {}, k + ': ' + e.details[k]);
                });
                body.appendChild(dom.el('tr', {'data-seq': e.seq}, [dom.el('td', {}, String(e.seq)), dom.el('td', {}, e.kind),
                    dom.el('td', {}, e.actorKey), dom.el('td', {}, when(e.at)), dom.el('td', {}, dom.el('ul', {}, details))]));
            });
            table.hidden = !entries || !entries.length;
            if (!entries || !entries.length) {
                relman.messages.show(messages, 'info', 'The change log holds no entry about ' + issueKey + '.');
            }
        }, function (failure) {
            table.hidden = true;
            relman.messages.show(messages, 'error', failure.message);
        });
    }

    function when(iso) {
        if (!iso) {
            return '';
        }
        var date = new Date(iso);
        return isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
    }

    relman.start('#relman-audit', start);
}(window));
