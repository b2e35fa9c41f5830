/*
 * The CAB agenda (templates/change/agenda.vm): a CAB's RFCs awaiting a decision, its meeting agendas,
 * planning and freezing one, and its minutes (a Markdown download, or Markdown/JSON shown as text).
 * The chosen CAB and agenda live in the URL (?cab=1&agenda=4), so a reload shows the same thing.
 */
(function (global) {
    'use strict';

    var relman = global.relman;
    var dom = relman.dom;

    function AgendaPage(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest-base');
        this.pageUrl = root.getAttribute('data-page-url');
        this.cab = root.querySelector('#agenda-cab');
        this.messages = root.querySelector('#agenda-messages');
        this.form = root.querySelector('#agenda-form');
        this.detail = root.querySelector('#agenda-detail');
        this.minutes = root.querySelector('#agenda-minutes');
        this.agenda = null;
    }

    AgendaPage.prototype.begin = function () {
        var self = this;
        var params = new global.URLSearchParams(global.location.search);
        this.cab.addEventListener('change', function () { self.chooseCab(self.cab.value, ''); });
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.create();
        });
        this.root.querySelector('#agenda-freeze').addEventListener('click', function () { self.freeze(); });
        this.root.querySelector('#agenda-show-markdown').addEventListener('click', function () { self.showMinutes('markdown'); });
        this.root.querySelector('#agenda-show-json').addEventListener('click', function () { self.showMinutes('json'); });
        relman.rest.get(this.rest + '/change/cabs').then(function (cabs) {
            (cabs || []).forEach(function (cab) {
                self.cab.appendChild(dom.el('option', {value: cab.id}, cab.name + (cab.emergency ? ' (emergency)' : '')));
            });
            if (!cabs || !cabs.length) {
                relman.messages.show(self.messages, 'info', 'There is no CAB yet: create one on the CAB administration page.');
                self.form.hidden = true;
                return;
            }
            var wanted = params.get('cab');
            if (wanted && cabs.some(function (c) { return String(c.id) === wanted; })) {
                self.cab.value = wanted;
            }
            self.chooseCab(self.cab.value, params.get('agenda') || '');
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    AgendaPage.prototype.remember = function () {
        global.history.replaceState(null, '', relman.rest.url(this.pageUrl,
            {cab: this.cab.value, agenda: this.agenda ? this.agenda.id : ''}));
    };

    AgendaPage.prototype.chooseCab = function (cabId, agendaId) {
        this.agenda = null;
        this.detail.hidden = true;
        relman.messages.clear(this.messages);
        this.loadAwaiting(cabId);
        this.loadAgendas(cabId);
        if (agendaId) {
            this.open(agendaId);
        }
        this.remember();
    };

    AgendaPage.prototype.loadAwaiting = function (cabId) {
        var self = this;
        relman.rest.get(this.rest + '/change/cabs/' + relman.rest.segment(cabId) + '/awaiting').then(function (live) {
            var items = live.items || [];
            fillItems(self.root.querySelector('#agenda-awaiting-items tbody'), items);
            dom.text(self.root.querySelector('#agenda-awaiting-count'), items.length
                ? items.length + ' RFC(s) await a decision' + (live.hiddenItems ? ' (and ' + live.hiddenItems + ' you may not see)' : '') + '.'
                : 'No RFC awaits a decision by this CAB.');
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    AgendaPage.prototype.loadAgendas = function (cabId, focusId) {
        var self = this;
        relman.rest.get(this.rest + '/change/cabs/' + relman.rest.segment(cabId) + '/agendas').then(function (agendas) {
            var body = dom.clear(self.root.querySelector('#agenda-list tbody'));
            (agendas || []).forEach(function (a) {
                var link = dom.el('a', {href: relman.rest.url(self.pageUrl, {cab: cabId, agenda: a.id}), 'data-agenda': a.id}, a.title);
                link.addEventListener('click', function (event) {
                    if (event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
                        event.preventDefault();
                        self.open(a.id);
                    }
                });
                body.appendChild(dom.el('tr', {'data-agenda': a.id}, [dom.el('td', {}, link), dom.el('td', {}, when(a.meetingAt)),
                    dom.el('td', {'data-column': 'state'}, a.frozen ? 'frozen ' + when(a.frozenAt) : 'open')]));
            });
            var focus = focusId && body.querySelector('a[data-agenda="' + focusId + '"]');
            if (focus) {
                focus.focus();
            }
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    AgendaPage.prototype.create = function () {
        var self = this;
        var local = this.form.querySelector('#agenda-meeting-at').value;
        var at = local ? new Date(local) : null;
        var body = {cabId: Number(this.cab.value), title: this.form.querySelector('#agenda-title').value.trim(),
            meetingAt: at && !isNaN(at.getTime()) ? at.toISOString() : local};
        relman.forms.clearErrors(this.form);
        relman.rest.send('POST', this.rest + '/change/agendas', body).then(function (agenda) {
            relman.messages.show(self.messages, 'success', 'Planned ' + agenda.title + '.');
            self.form.reset();
            self.loadAgendas(self.cab.value);
            self.show(agenda);
        }, function (failure) {
            relman.forms.showErrors(self.form, failure, self.messages);
        });
    };

    AgendaPage.prototype.open = function (id) {
        var self = this;
        relman.rest.get(this.rest + '/change/agendas/' + relman.rest.segment(id)).then(function (agenda) {
            self.show(agenda);
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    AgendaPage.prototype.show = function (agenda) {
        this.agenda = agenda;
        this.remember();
        var root = this.root;
        dom.text(root.querySelector('#agenda-detail-heading'), agenda.title + ' — ' + when(agenda.meetingAt));
        dom.text(root.querySelector('#agenda-state'), agenda.frozen
            ? 'Frozen by ' + person(agenda.frozenBy) + ' at ' + when(agenda.frozenAt) + '; its items stay as they were then.'
            : 'Not frozen: the items below are the RFCs awaiting a decision now. Planned by ' + person(agenda.createdBy) + '.');
        var hidden = root.querySelector('#agenda-hidden');
        hidden.hidden = !agenda.hiddenItems;
        dom.text(hidden, agenda.hiddenItems ? agenda.hiddenItems + ' item(s) concern RFCs you may not see.' : '');
        fillItems(root.querySelector('#agenda-items tbody'), agenda.items || []);
        root.querySelector('#agenda-freeze').hidden = agenda.frozen;
        var download = root.querySelector('#agenda-download');
        download.hidden = !agenda.frozen;
        download.setAttribute('href', this.rest + '/change/agendas/' + relman.rest.segment(agenda.id) + '/minutes');
        download.setAttribute('download', 'cab-minutes-' + agenda.id + '.md');
        root.querySelector('#agenda-show-markdown').hidden = !agenda.frozen;
        root.querySelector('#agenda-show-json').hidden = !agenda.frozen;
        this.minutes.hidden = true;
        this.detail.hidden = false;
        root.querySelector('#agenda-detail-heading').focus();
    };

    AgendaPage.prototype.freeze = function () {
        var self = this;
        relman.rest.send('POST', this.rest + '/change/agendas/' + relman.rest.segment(this.agenda.id) + '/freeze', {})
            .then(function (agenda) {
                relman.messages.show(self.messages, 'success', 'Froze ' + agenda.title + ' with ' + (agenda.items || []).length + ' item(s).');
                self.show(agenda);
                self.loadAgendas(self.cab.value);
            }, function (failure) {
                relman.messages.show(self.messages, 'error', failure.message);
            });
    };

    /** Fetches the minutes and shows them as text: Markdown as it is, JSON indented. */
    AgendaPage.prototype.showMinutes = function (format) {
        var self = this;
        var url = relman.rest.url(this.rest + '/change/agendas/' + relman.rest.segment(this.agenda.id) + '/minutes',
            {format: format === 'json' ? 'json' : ''});
        var request = format === 'json' ? relman.rest.get(url).then(function (json) { return JSON.stringify(json, null, 2); })
            : global.fetch(url, {credentials: 'same-origin', headers: {Accept: 'text/markdown'}}).then(function (response) {
                if (!response.ok) {
                    throw new relman.rest.Failure(response.status, 'The minutes could not be read (' + response.status + ').');
                }
                return response.text();
            });
        request.then(function (text) {
            dom.text(self.minutes, text);
            self.minutes.setAttribute('data-format', format);
            self.minutes.hidden = false;
            self.minutes.focus();
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    function fillItems(body, items) {
        dom.clear(body);
        items.forEach(function (item) {
            body.appendChild(dom.el('tr', {'data-rfc': item.rfc}, [dom.el('td', {}, item.rfc), dom.el('td', {'data-column': 'summary'}, item.summary),
                dom.el('td', {}, String(item.round)), dom.el('td', {}, item.decision || item.outcome),
                dom.el('td', {}, item.reason)]));
        });
    }

    function person(user) {
        return user ? user.displayName || user.name : '';
    }

    function when(iso) {
        if (!iso) {
            return '';
        }
        var date = new Date(iso);
        return isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
    }

    relman.start('#relman-agenda', function (root) { new AgendaPage(root).begin(); });
}(window));
