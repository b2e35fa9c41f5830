/*
 * The DSL page's integrity check and storage roots (templates/dsl/library.vm; shown to those the REST API lets
 * run the check). "Run the integrity check" POSTs /dsl/integrity-check and shows the counts and one row per copy,
 * mismatches and unreachable copies first and as lozenges that stand out. The storage roots are listed from
 * /dsl/roots; the relman administrator gets a form to add and edit them and a remove button per root.
 * Every value reaches the page as text; refusals are shown in the REST API's words.
 */
(function (global) {
    'use strict';

    var relman = global.relman;
    var dom = relman.dom;
    var SEVERITY = {mismatch: 0, unreachable: 1, not_checkable: 2, match: 3};

    function text(root, name, args) {
        return dom.format(root.getAttribute('data-text-' + name) || '', args || []);
    }

    // ---- the integrity check ------------------------------------------------------------------
    function Integrity(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest-base');
        this.pageUrl = root.getAttribute('data-page-url');
        this.browse = !!root.querySelector('#dsl-search');
        this.button = root.querySelector('#dsl-integrity-run');
        this.messages = root.querySelector('#dsl-integrity-messages');
        this.report = root.querySelector('#dsl-integrity-report');
    }

    Integrity.prototype.begin = function () {
        var self = this;
        this.button.addEventListener('click', function () { self.run(); });
    };

    Integrity.prototype.run = function () {
        var self = this;
        this.button.disabled = true;
        this.button.setAttribute('aria-busy', 'true');
        relman.messages.show(this.messages, 'info', text(this.root, 'checking'));
        relman.rest.send('POST', this.rest + '/dsl/integrity-check', {}).then(function (report) {
            self.show(report);
            self.root.dispatchEvent(new global.CustomEvent('relman-dsl-checked'));
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        }).then(function () {
            self.button.disabled = false;
            self.button.removeAttribute('aria-busy');
        });
    };

    Integrity.prototype.show = function (report) {
        var self = this;
        var c = report.counts || {};
        relman.messages.show(this.messages, c.mismatch || c.unreachable ? 'warning' : 'success', text(this.root, 'checked',
            [c.copies, c.match, c.mismatch, c.unreachable, c.notCheckable]));
        Array.prototype.forEach.call(this.report.querySelectorAll('[data-count]'), function (cell) {
            var name = cell.getAttribute('data-count');
            var value = c[name] || 0;
            var lozenge = {mismatch: 'aui-lozenge-error', unreachable: 'aui-lozenge-moved'}[name];
            dom.clear(cell).appendChild(value && lozenge
                ? dom.el('span', {'class': 'aui-lozenge ' + lozenge}, String(value)) : global.document.createTextNode(String(value)));
        });
        var lines = (report.copies || []).slice().sort(function (a, b) {
            return (SEVERITY[a.outcome] - SEVERITY[b.outcome]) || 0;
        });
        var rows = dom.clear(this.report.querySelector('#dsl-integrity-copies tbody'));
        lines.forEach(function (line) {
            var entry = line.name + ' ' + line.version;
            rows.appendChild(dom.el('tr', {'data-copy': line.copyId, 'data-outcome': line.outcome}, [
                dom.el('td', {}, self.browse
                    ? dom.el('a', {href: relman.rest.url(self.pageUrl, {entry: line.entryId}), 'data-entry': line.entryId}, entry)
                    : entry),
                dom.el('td', {'data-column': 'location'}, [line.location, line.primary ? ' (' + text(self.root, 'primary') + ')' : '']),
                dom.el('td', {'class': 'relman-nowrap'}, relman.dsl.outcomeLozenge(line.outcome)),
                dom.el('td', {'data-column': 'detail'}, [line.detail, line.root ? ' [' + line.root + ']' : ''])]));
        });
        this.report.hidden = false;
    };

    // ---- storage roots ----------------------------------------------------------------------
    function Roots(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest-base');
        this.messages = root.querySelector('#dsl-roots-messages');
        this.rows = root.querySelector('#dsl-roots-table tbody');
        this.form = root.querySelector('#dsl-root-form');
        this.editing = null;
    }

    Roots.prototype.begin = function () {
        var self = this;
        if (this.form) {
            this.form.addEventListener('submit', function (event) {
                event.preventDefault();
                self.save();
            });
            this.form.querySelector('#dsl-root-cancel').addEventListener('click', function () { self.edit(null); });
            this.rows.addEventListener('click', function (event) {
                var button = event.target.closest && event.target.closest('button[data-action]');
                if (button) {
                    var row = button.closest('tr');
                    var root = {id: row.getAttribute('data-id'), path: row.getAttribute('data-path'),
                        label: row.getAttribute('data-label')};
                    if (button.getAttribute('data-action') === 'edit') {
                        self.edit(root);
                    } else {
                        self.remove(root);
                    }
                }
            });
        }
        this.load();
    };

    Roots.prototype.load = function () {
        var self = this;
        return relman.rest.get(this.rest + '/dsl/roots').then(function (roots) {
            self.list(roots || []);
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    Roots.prototype.list = function (roots) {
        var self = this;
        dom.clear(this.rows);
        if (!roots.length) {
            var columns = this.form ? 3 : 2;
            this.rows.appendChild(dom.el('tr', {}, dom.el('td', {colspan: columns, 'class': 'relman-empty'},
                text(this.root, 'roots-none'))));
        }
        roots.forEach(function (r) {
            var cells = [dom.el('td', {'data-column': 'path'}, r.path), dom.el('td', {'data-column': 'label'}, r.label)];
            if (self.form) {
                cells.push(dom.el('td', {}, [
                    dom.el('button', {type: 'button', 'class': 'aui-button aui-button-link', 'data-action': 'edit',
                        'aria-label': text(self.root, 'root-edit') + ': ' + r.path}, text(self.root, 'root-edit')), ' ',
                    dom.el('button', {type: 'button', 'class': 'aui-button aui-button-link', 'data-action': 'remove',
                        'aria-label': text(self.root, 'root-remove') + ': ' + r.path}, text(self.root, 'root-remove'))]));
            }
            self.rows.appendChild(dom.el('tr', {'data-id': r.id, 'data-path': r.path, 'data-label': r.label}, cells));
        });
    };

    /** Fills the form with {@code root} to change it, or empties it for a new one when {@code root} is null. */
    Roots.prototype.edit = function (root) {
        this.editing = root;
        relman.forms.clearErrors(this.form);
        this.form.reset();
        if (root) {
            this.form.querySelector('[name=path]').value = root.path;
            this.form.querySelector('[name=label]').value = root.label;
        }
        dom.text(this.form.querySelector('#dsl-root-submit'), text(this.root, root ? 'root-save' : 'root-add'));
        this.form.querySelector('#dsl-root-cancel').hidden = !root;
        this.form.querySelector('[name=path]').focus();
    };

    Roots.prototype.save = function () {
        var self = this;
        var body = {path: this.form.querySelector('[name=path]').value.trim(),
            label: this.form.querySelector('[name=label]').value.trim()};
        var editing = this.editing;
        var call = editing
            ? relman.rest.send('PUT', this.rest + '/dsl/roots/' + relman.rest.segment(editing.id), body)
            : relman.rest.send('POST', this.rest + '/dsl/roots', body);
        call.then(function (saved) {
            self.edit(null);
            relman.messages.show(self.messages, 'success', text(self.root, editing ? 'root-saved' : 'root-added', [saved.path]));
            self.load();
        }, function (failure) {
            relman.forms.showErrors(self.form, failure, self.messages);
        });
    };

    Roots.prototype.remove = function (root) {
        var self = this;
        relman.rest.send('DELETE', this.rest + '/dsl/roots/' + relman.rest.segment(root.id)).then(function () {
            if (self.editing && String(self.editing.id) === String(root.id)) {
                self.edit(null);
            }
            relman.messages.show(self.messages, 'success', text(self.root, 'root-removed', [root.path]));
            self.load().then(function () { self.form.querySelector('[name=path]').focus(); });
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    relman.start('#relman-dsl #dsl-integrity', function (section) {
        var root = section.closest('#relman-dsl');
        new Integrity(root).begin();
        new Roots(root).begin();
    });
}(window));
