/*
 * The DSL page (templates/dsl/library.vm): search /dsl/entries, open an entry (?entry=id) with its copies and
 * state history; librarians add entries and copies and move entries through pending → approved → in production →
 * retired. The integrity check and the storage roots are dsl-integrity.js's, release packages dsl-package.js's.
 * Refusals from the REST API are shown in its own words. Every value reaches the page as text.
 */
(function (global) {
    'use strict';

    var relman = global.relman;
    var dom = relman.dom;

    function Library(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest-base');
        this.pageUrl = root.getAttribute('data-page-url');
        this.search = root.querySelector('#dsl-search');
        this.messages = root.querySelector('#dsl-messages');
        this.count = root.querySelector('#dsl-count');
        this.rows = root.querySelector('#dsl-results tbody');
        this.detail = root.querySelector('#dsl-detail');
        this.addForm = root.querySelector('#dsl-add-form');
        this.transition = root.querySelector('#dsl-transition');
        this.copyForm = root.querySelector('#dsl-copy-form');
    }

    Library.prototype.text = function (name, args) {
        return dom.format(this.root.getAttribute('data-text-' + name) || '', args || []);
    };

    Library.prototype.begin = function () {
        var self = this;
        this.search.addEventListener('submit', function (event) {
            event.preventDefault();
            self.find();
        });
        this.root.addEventListener('click', function (event) {
            var link = event.target.closest && event.target.closest('a[data-entry]');
            if (link && event.button === 0 && !event.ctrlKey && !event.metaKey) {
                event.preventDefault();
                global.history.pushState(null, '', link.getAttribute('href'));
                self.open(link.getAttribute('data-entry'));
            }
            var move = event.target.closest && event.target.closest('button[data-to]');
            if (move) {
                self.move(move.getAttribute('data-to'));
            }
        });
        if (this.addForm) {
            this.addForm.addEventListener('submit', function (event) {
                event.preventDefault();
                self.add();
            });
        }
        if (this.copyForm) {
            this.copyForm.addEventListener('submit', function (event) {
                event.preventDefault();
                self.addCopy();
            });
        }
        // a finished integrity check has stored a result on every copy: show the open entry's anew
        this.root.addEventListener('relman-dsl-checked', function () {
            if (!self.detail.hidden && self.entryId) {
                self.open(self.entryId, true);
            }
        });
        // a placed release package has added entries
        this.root.addEventListener('relman-dsl-changed', function () { self.find(); });
        global.addEventListener('popstate', function () { self.fromLocation(); });
        this.find();
        this.fromLocation();
    };

    Library.prototype.fromLocation = function () {
        var entry = new global.URLSearchParams(global.location.search).get('entry');
        if (entry) {
            this.open(entry);
        } else {
            this.detail.hidden = true;
        }
    };

    Library.prototype.find = function () {
        var self = this;
        var params = {q: this.search.querySelector('#dsl-q').value.trim(), state: this.search.querySelector('#dsl-state').value,
            kind: this.search.querySelector('#dsl-kind').value, limit: 200};
        relman.rest.get(relman.rest.url(this.rest + '/dsl/entries', params)).then(function (entries) {
            dom.clear(self.rows);
            (entries || []).forEach(function (e) {
                self.rows.appendChild(dom.el('tr', {'data-id': e.id, 'data-name': e.name}, [
                    dom.el('td', {}, dom.el('a', {href: self.entryUrl(e.id), 'data-entry': e.id}, e.name)),
                    dom.el('td', {}, e.version), dom.el('td', {}, e.kind), dom.el('td', {'data-column': 'state'}, e.state),
                    dom.el('td', {}, [when(e.addedAt), e.addedBy].filter(Boolean).join(' \u00b7 '))]));
            });
            dom.text(self.count, entries && entries.length ? self.text('count', [entries.length]) : self.text('none'));
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    Library.prototype.entryUrl = function (id) {
        return relman.rest.url(this.pageUrl, {entry: id});
    };

    /** Shows entry {@code id}; {@code quietly}: a refresh that leaves the keyboard focus where it is. */
    Library.prototype.open = function (id, quietly) {
        var self = this;
        if (String(this.entryId) !== String(id) && this.copyForm) {
            relman.forms.clearErrors(this.copyForm);
            this.copyForm.reset();
        }
        this.entryId = id;
        relman.rest.get(this.rest + '/dsl/entries/' + relman.rest.segment(id)).then(function (entry) {
            if (String(self.entryId) === String(id)) {
                self.show(entry, quietly);
            }
        }, function (failure) {
            self.detail.hidden = true;
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    Library.prototype.show = function (e, quietly) {
        var self = this;
        dom.text(this.detail.querySelector('#dsl-detail-heading'), e.name + ' ' + e.version);
        var values = {kind: e.kind, state: e.state, sha256: e.sha256, size: e.size,
            added: [when(e.addedAt), e.addedBy].filter(Boolean).join(' \u00b7 ')};
        Array.prototype.forEach.call(this.detail.querySelectorAll('[data-field]'), function (cell) {
            dom.text(cell, values[cell.getAttribute('data-field')]);
        });
        var copies = dom.clear(this.detail.querySelector('#dsl-copies tbody'));
        (e.copies || []).forEach(function (c) {
            copies.appendChild(dom.el('tr', {'data-primary': String(c.primary), 'data-copy': c.id}, [
                dom.el('td', {}, [c.location, c.primary ? ' (' + self.text('primary') + ')' : '']),
                dom.el('td', {}, c.verifyOutcome ? [relman.dsl.outcomeLozenge(c.verifyOutcome), ' ', when(c.verifiedAt)] : '')]));
        });
        var history = dom.clear(this.detail.querySelector('#dsl-history tbody'));
        (e.history || []).forEach(function (h) {
            history.appendChild(dom.el('tr', {'data-to': h.to}, [dom.el('td', {}, when(h.at)), dom.el('td', {}, h.by),
                dom.el('td', {}, h.from || ''), dom.el('td', {}, h.to), dom.el('td', {}, h.reason || '')]));
        });
        if (this.transition) {
            var buttons = dom.clear(this.transition.querySelector('#dsl-transition-buttons'));
            (e.allowedNext || []).forEach(function (to) {
                buttons.appendChild(dom.el('button', {type: 'button', 'class': 'aui-button', 'data-to': to,
                    id: 'dsl-move-' + to}, self.text('move', [to])));
            });
            this.transition.hidden = !(e.allowedNext || []).length;
        }
        this.detail.hidden = false;
        if (!quietly) {
            this.detail.querySelector('#dsl-detail-heading').focus();
        }
    };

    Library.prototype.move = function (to) {
        var self = this;
        var reason = this.transition.querySelector('#dsl-reason');
        relman.rest.send('POST', this.rest + '/dsl/entries/' + relman.rest.segment(this.entryId) + '/transitions',
            {to: to, reason: reason.value.trim() || null}).then(function (entry) {
            reason.value = '';
            relman.forms.clearErrors(self.transition);
            relman.messages.show(self.messages, 'success', self.text('moved', [entry.state]));
            self.show(entry);
            self.find();
        }, function (failure) {
            relman.forms.showErrors(self.transition, failure, self.messages);
        });
    };

    Library.prototype.addCopy = function () {
        var self = this;
        var form = this.copyForm;
        var entryId = this.entryId;
        var location = form.querySelector('[name=location]');
        relman.rest.send('POST', this.rest + '/dsl/entries/' + relman.rest.segment(entryId) + '/copies',
            {location: location.value.trim()}).then(function (copy) {
            relman.forms.clearErrors(form);
            form.reset();
            relman.messages.show(self.messages, 'success', self.text('copy-added', [copy.location]));
            self.open(entryId, true);
            location.focus();
        }, function (failure) {
            relman.forms.showErrors(form, failure, self.messages);
            location.focus();
        });
    };

    Library.prototype.add = function () {
        var self = this;
        var form = this.addForm;
        function value(name) {
            return form.querySelector('[name=' + name + ']').value.trim();
        }
        var size = value('size');
        var body = {name: value('name'), version: value('version'), kind: value('kind'), sha256: value('sha256'),
            size: size === '' ? null : Number(size), location: value('location')};
        relman.rest.send('POST', this.rest + '/dsl/entries', body).then(function (entry) {
            relman.forms.clearErrors(form);
            form.reset();
            relman.messages.show(self.messages, 'success', self.text('added', [entry.name, entry.version]));
            global.history.pushState(null, '', self.entryUrl(entry.id));
            self.entryId = entry.id;
            self.show(entry);
            self.find();
        }, function (failure) {
            relman.forms.showErrors(form, failure, self.messages);
        });
    };

    /** An integrity-check outcome as an AUI lozenge: problems stand out (shared with dsl-integrity.js). */
    relman.dsl = relman.dsl || {};
    relman.dsl.outcomeLozenge = function (outcome) {
        var kind = {match: 'aui-lozenge-success', mismatch: 'aui-lozenge-error', unreachable: 'aui-lozenge-moved',
            not_checkable: 'aui-lozenge-subtle'}[outcome] || '';
        return dom.el('span', {'class': ('aui-lozenge relman-nowrap ' + kind).trim(), 'data-outcome': outcome},
            String(outcome).replace(/_/g, ' '));
    };
    relman.dsl.when = when;

    function when(iso) {
        if (!iso) {
            return '';
        }
        var date = new Date(iso);
        return isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
    }

    // a relman administrator who does not read the CMDB gets the page without the library
    relman.start('#relman-dsl', function (root) {
        if (root.querySelector('#dsl-search')) {
            new Library(root).begin();
        }
    });
}(window));
