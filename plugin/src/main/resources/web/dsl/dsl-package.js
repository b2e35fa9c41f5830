/*
 * The DSL page's release package (templates/dsl/library.vm): show what GET /dsl/releases/{key}/package answers for
 * a release (also as ?release=KEY), and, for librarians while the package has not been placed, a form of entry rows
 * that POSTs the whole package at once. Row fields are named like the API's error fields (entries[1].sha256), so
 * each refusal lands next to its field. Rows are clones of the template's <template>; values go in as text.
 */
(function (global) {
    'use strict';

    var relman = global.relman;
    var dom = relman.dom;

    function Package(root, section) {
        this.root = root;
        this.rest = root.getAttribute('data-rest-base');
        this.find = section.querySelector('#dsl-package-find');
        this.release = section.querySelector('#dsl-package-release');
        this.messages = section.querySelector('#dsl-package-messages');
        this.view = section.querySelector('#dsl-package-view');
        this.form = section.querySelector('#dsl-package-form');
        this.rowTemplate = section.querySelector('#dsl-package-row');
        this.shown = null;
    }

    Package.prototype.text = function (name, args) {
        return dom.format(this.root.getAttribute('data-text-' + name) || '', args || []);
    };

    Package.prototype.begin = function () {
        var self = this;
        this.find.addEventListener('submit', function (event) {
            event.preventDefault();
            self.load(self.release.value.trim());
        });
        if (this.form) {
            this.form.addEventListener('submit', function (event) {
                event.preventDefault();
                self.place();
            });
            this.form.querySelector('#dsl-package-add-row').addEventListener('click', function () {
                self.addRow().querySelector('input').focus();
            });
            this.form.addEventListener('click', function (event) {
                var remove = event.target.closest && event.target.closest('button[data-action=remove-row]');
                if (remove) {
                    remove.closest('fieldset').remove();
                    self.renumber();
                    self.form.querySelector('#dsl-package-add-row').focus();
                }
            });
            this.addRow();
        }
        var wanted = new global.URLSearchParams(global.location.search).get('release');
        if (wanted) {
            this.release.value = wanted;
            this.load(wanted);
        }
    };

    Package.prototype.load = function (key) {
        var self = this;
        relman.messages.clear(this.messages);
        relman.rest.get(this.rest + '/dsl/releases/' + relman.rest.segment(key) + '/package').then(function (pkg) {
            self.show(pkg);
        }, function (failure) {
            self.view.hidden = true;
            if (self.form) {
                self.form.hidden = true;
            }
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    Package.prototype.show = function (pkg) {
        this.shown = pkg.releaseKey;
        var values = {releaseKey: pkg.releaseKey, ciKey: pkg.ciKey || this.text('package-absent'),
            packageState: pkg.packageState || this.text('package-absent')};
        Array.prototype.forEach.call(this.view.querySelectorAll('[data-field]'), function (cell) {
            dom.text(cell, values[cell.getAttribute('data-field')]);
        });
        var pageUrl = this.root.getAttribute('data-page-url');
        var rows = dom.clear(this.view.querySelector('#dsl-package-entries tbody'));
        (pkg.entries || []).forEach(function (e) {
            // dsl-library.js opens a[data-entry] links in place
            var name = dom.el('a', {href: relman.rest.url(pageUrl, {entry: e.id}), 'data-entry': e.id}, e.name);
            rows.appendChild(dom.el('tr', {'data-id': e.id}, [dom.el('td', {}, name), dom.el('td', {}, e.version),
                dom.el('td', {}, e.kind), dom.el('td', {}, e.state)]));
        });
        if (!(pkg.entries || []).length) {
            rows.appendChild(dom.el('tr', {}, dom.el('td', {colspan: 4, 'class': 'relman-empty'}, this.text('package-none'))));
        }
        this.view.hidden = false;
        if (this.form) {
            // placing is once per release: the API refuses a second time, so the form is offered only before
            this.form.hidden = !!pkg.ciKey;
        }
    };

    Package.prototype.addRow = function () {
        var row = global.document.importNode(this.rowTemplate.content, true).querySelector('fieldset');
        this.form.querySelector('#dsl-package-rows').appendChild(row);
        this.renumber();
        return row;
    };

    /** Names and labels each row's fields after its place: entries[0].name, "Entry 1", … */
    Package.prototype.renumber = function () {
        var self = this;
        var rows = this.form.querySelectorAll('#dsl-package-rows fieldset');
        Array.prototype.forEach.call(rows, function (row, i) {
            dom.text(row.querySelector('legend'), self.text('package-entry', [i + 1]));
            Array.prototype.forEach.call(row.querySelectorAll('[data-name]'), function (control) {
                var field = control.getAttribute('data-name');
                control.name = 'entries[' + i + '].' + field;
                control.id = 'dsl-package-' + i + '-' + field;
                row.querySelector('label[data-for="' + field + '"]').htmlFor = control.id;
            });
            row.querySelector('[data-action=remove-row]').hidden = rows.length === 1;
        });
    };

    Package.prototype.place = function () {
        var self = this;
        var key = this.shown;
        var entries = Array.prototype.map.call(this.form.querySelectorAll('#dsl-package-rows fieldset'), function (row) {
            function value(field) {
                return row.querySelector('[data-name=' + field + ']').value.trim();
            }
            var size = value('size');
            return {name: value('name'), version: value('version'), kind: value('kind'), sha256: value('sha256'),
                size: size === '' ? null : Number(size), location: value('location')};
        });
        relman.rest.send('POST', this.rest + '/dsl/releases/' + relman.rest.segment(key) + '/package', {entries: entries})
            .then(function (pkg) {
                relman.forms.clearErrors(self.form);
                dom.clear(self.form.querySelector('#dsl-package-rows'));
                self.addRow();
                self.show(pkg);
                relman.messages.show(self.messages, 'success', self.text('package-placed',
                    [pkg.releaseKey, (pkg.entries || []).length, pkg.ciKey]));
                self.root.dispatchEvent(new global.CustomEvent('relman-dsl-changed'));
            }, function (failure) {
                relman.forms.showErrors(self.form, failure, self.messages);
                var invalid = self.form.querySelector('[aria-invalid=true]');
                if (invalid) {
                    invalid.focus();
                }
            });
    };

    relman.start('#relman-dsl #dsl-package', function (section) {
        new Package(section.closest('#relman-dsl'), section).begin();
    });
}(window));
