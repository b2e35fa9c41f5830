/*
 * The CMDB browser (templates/cmdb/browser.vm). Reads /cmdb/items with the visitor's permissions and
 * shows every value as text through relman.dom. The page's state (search, filters, open CI) lives in
 * its URL, so links, Back and Forward and a reload all show the same thing.
 */
(function (global) {
    'use strict';

    var relman = global.relman;
    var dom = relman.dom;
    var PAGE_SIZE = 50;
    var FILTER_SAMPLE = 500;
    var COLUMNS = ['key', 'name', 'type', 'environment', 'owner', 'status', 'version'];

    function Browser(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest-base');
        this.pageUrl = root.getAttribute('data-page-url');
        this.form = root.querySelector('#cmdb-search');
        this.q = root.querySelector('#cmdb-q');
        this.type = root.querySelector('#cmdb-type');
        this.environment = root.querySelector('#cmdb-environment');
        this.messages = root.querySelector('#cmdb-messages');
        this.count = root.querySelector('#cmdb-count');
        this.list = root.querySelector('#cmdb-list');
        this.rows = root.querySelector('#cmdb-results tbody');
        this.detail = root.querySelector('#cmdb-detail');
        this.searchSeq = 0;
        this.detailSeq = 0;
    }

    Browser.prototype.text = function (name) {
        return this.root.getAttribute('data-text-' + name) || '';
    };

    Browser.prototype.begin = function () {
        var self = this;
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.go(self.formState(), true);
        });
        [this.type, this.environment].forEach(function (select) {
            select.addEventListener('change', function () { self.go(self.formState(), true); });
        });
        this.root.addEventListener('click', function (event) {
            var link = event.target.closest && event.target.closest('a[data-ci], #cmdb-detail-back');
            if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
                return;
            }
            event.preventDefault();
            var state = self.formState();
            state.ci = link.getAttribute('data-ci') || '';
            self.go(state, true);
        });
        global.addEventListener('popstate', function () { self.show(self.locationState()); });
        var initial = this.locationState();
        this.fillForm(initial);
        this.loadFilters(initial);
        this.show(initial);
    };

    // ---- state and URL -------------------------------------------------------------------------
    Browser.prototype.locationState = function () {
        var params = new global.URLSearchParams(global.location.search);
        return {q: params.get('q') || '', type: params.get('type') || '', environment: params.get('environment') || '',
            ci: params.get('ci') || ''};
    };

    Browser.prototype.formState = function () {
        return {q: this.q.value.trim(), type: this.type.value, environment: this.environment.value, ci: ''};
    };

    Browser.prototype.fillForm = function (state) {
        this.q.value = state.q;
        ensureOption(this.type, state.type);
        ensureOption(this.environment, state.environment);
        this.type.value = state.type;
        this.environment.value = state.environment;
    };

    Browser.prototype.link = function (state) {
        return relman.rest.url(this.pageUrl, {q: state.q, type: state.type, environment: state.environment, ci: state.ci});
    };

    Browser.prototype.go = function (state, remember) {
        if (remember) {
            global.history.pushState(null, '', this.link(state));
        }
        this.show(state);
    };

    Browser.prototype.show = function (state) {
        var closing = this.state && this.state.ci && !state.ci ? this.state.ci : '';
        this.fillForm(state);
        this.state = state;
        if (state.ci) {
            this.list.hidden = true;
            this.openCi(state.ci);
        } else {
            this.detail.hidden = true;
            this.list.hidden = false;
            this.search(state, closing);
        }
    };

    // ---- filters ---------------------------------------------------------------------------------
    /** Types from /cmdb/types when the CMDB offers it; types and environments seen in the CMDB otherwise too. */
    Browser.prototype.loadFilters = function (state) {
        var self = this;
        relman.rest.get(this.rest + '/cmdb/types').then(function (types) {
            (Array.isArray(types) ? types : []).forEach(function (t) {
                var code = typeof t === 'string' ? t : t && (t.code || t.key || t.name);
                if (code) {
                    ensureOption(self.type, String(code), t && t.name && t.name !== code ? t.name + ' (' + code + ')' : code);
                }
            });
        }, function () { /* no type endpoint yet: the sample below fills the list */ });
        relman.rest.get(relman.rest.url(this.rest + '/cmdb/items', {limit: FILTER_SAMPLE})).then(function (items) {
            (items || []).forEach(function (item) {
                ensureOption(self.type, item.type);
                ensureOption(self.environment, item.environment);
            });
            sortOptions(self.type);
            sortOptions(self.environment);
            self.type.value = self.state ? self.state.type : state.type;
            self.environment.value = self.state ? self.state.environment : state.environment;
        }, function () { /* the search below reports the failure */ });
    };

    function ensureOption(select, value, label) {
        if (!value) {
            return;
        }
        var exists = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
        if (!exists) {
            select.appendChild(dom.el('option', {value: value}, label || value));
        }
    }

    function sortOptions(select) {
        var options = Array.prototype.slice.call(select.options, 1);
        options.sort(function (a, b) { return a.text.localeCompare(b.text); });
        options.forEach(function (o) { select.appendChild(o); });
    }

    // ---- search ----------------------------------------------------------------------------------
    /** Searches; {@code focusKey}: the CI the visitor just closed, whose link gets the focus back. */
    Browser.prototype.search = function (state, focusKey) {
        var self = this;
        var seq = ++this.searchSeq;
        relman.messages.clear(this.messages);
        dom.text(this.count, this.text('loading'));
        this.root.setAttribute('aria-busy', 'true');
        var url = relman.rest.url(this.rest + '/cmdb/items',
            {q: state.q, type: state.type, environment: state.environment, limit: PAGE_SIZE});
        relman.rest.get(url).then(function (items) {
            if (seq === self.searchSeq) {
                self.showResults(items || [], state);
                var back = focusKey && self.rows.querySelector('a[data-ci="' + dom.cssEscape(focusKey) + '"]');
                if (back) {
                    back.focus();
                }
            }
        }, function (failure) {
            if (seq === self.searchSeq) {
                dom.clear(self.rows);
                dom.text(self.count, '');
                relman.forms.showErrors(self.form, failure, self.messages);
            }
        }).then(function () {
            if (seq === self.searchSeq) {
                self.root.removeAttribute('aria-busy');
            }
        });
    };

    Browser.prototype.showResults = function (items, state) {
        var self = this;
        relman.forms.clearErrors(this.form);
        dom.clear(this.rows);
        items.forEach(function (item) {
            var cells = COLUMNS.map(function (column) {
                if (column === 'key') {
                    var target = {q: state.q, type: state.type, environment: state.environment, ci: item.key};
                    return dom.el('td', {}, dom.el('a', {href: self.link(target), 'data-ci': item.key, 'class': 'cmdb-open'},
                        item.key));
                }
                return dom.el('td', {'data-column': column}, item[column] === null || item[column] === undefined ? '' : item[column]);
            });
            self.rows.appendChild(dom.el('tr', {'data-key': item.key}, cells));
        });
        if (!items.length) {
            dom.text(this.count, this.text('none'));
        } else {
            var count = dom.format(this.text('count'), [items.length]);
            dom.text(this.count, items.length >= PAGE_SIZE ? count + ' ' + this.text('more') : count);
        }
    };

    // ---- one CI ----------------------------------------------------------------------------------
    Browser.prototype.openCi = function (key) {
        var self = this;
        var seq = ++this.detailSeq;
        var base = this.rest + '/cmdb/items/' + relman.rest.segment(key);
        relman.messages.clear(this.messages);
        this.root.setAttribute('aria-busy', 'true');
        relman.rest.get(base).then(function (item) {
            if (seq !== self.detailSeq) {
                return;
            }
            self.fillDetail(item);
            if (relman.cmdbImpact) {
                relman.cmdbImpact.reset(self.detail.querySelector('#cmdb-impact'), item.key, self.rest,
                    function (key) { return self.link({q: '', type: '', environment: '', ci: key}); });
            }
            Array.prototype.forEach.call(self.detail.querySelectorAll('.relman-optional'), function (section) {
                self.loadOptional(section, base + '/' + section.getAttribute('data-path'), seq);
            });
        }, function (failure) {
            if (seq === self.detailSeq) {
                self.detail.hidden = true;
                self.list.hidden = false;
                self.search(self.state);
                relman.messages.show(self.messages, 'error', failure.message);
            }
        }).then(function () {
            self.root.removeAttribute('aria-busy');
        });
    };

    Browser.prototype.fillDetail = function (item) {
        dom.text(this.detail.querySelector('#cmdb-detail-heading'), item.key + ' ' + item.name);
        var values = {
            key: item.key, name: item.name, type: item.type, environment: item.environment, owner: item.owner,
            status: item.status, version: item.version,
            created: [when(item.createdAt), item.createdBy].filter(Boolean).join(' · '), updatedAt: when(item.updatedAt)
        };
        Array.prototype.forEach.call(this.detail.querySelectorAll('[data-field]'), function (cell) {
            dom.text(cell, values[cell.getAttribute('data-field')]);
        });
        var attributes = this.detail.querySelector('#cmdb-detail-attributes');
        var body = dom.clear(attributes.querySelector('tbody'));
        var names = Object.keys(item.attributes || {}).sort();
        names.forEach(function (name) {
            body.appendChild(dom.el('tr', {}, [dom.el('th', {scope: 'row'}, name), dom.el('td', {}, item.attributes[name])]));
        });
        attributes.hidden = !names.length;
        this.detail.querySelector('#cmdb-no-attributes').hidden = names.length > 0;
        this.detail.querySelector('#cmdb-detail-back').setAttribute('href', this.link(
            {q: this.state.q, type: this.state.type, environment: this.state.environment, ci: ''}));
        this.detail.hidden = false;
        this.detail.querySelector('#cmdb-detail-heading').focus();
    };

    /** Relationships, history: shown when the CMDB answers the endpoint, hidden while it does not exist. */
    Browser.prototype.loadOptional = function (section, url, seq) {
        var self = this;
        var body = dom.clear(section.querySelector('.relman-optional-body'));
        section.hidden = true;
        relman.rest.get(url).then(function (data) {
            if (seq === self.detailSeq) {
                var render = RENDERERS[section.getAttribute('data-path')];
                if (render) {
                    render.call(self, body, data, self.text('empty-list'));
                } else {
                    dom.data(body, data, self.text('empty-list'));
                }
                section.hidden = false;
            }
        }, function (failure) {
            if (seq !== self.detailSeq || failure.status === 404 || failure.status === 405) {
                return;
            }
            relman.messages.show(body, 'error', failure.message);
            section.hidden = false;
        });
    };

    /** A CI's relationships, both directions: "APP-1 runs on SRV-1" read from this CI, the other CI a link. */
    function renderRelationships(container, data, emptyText) {
        var self = this;
        if (!Array.isArray(data) || !data.length) {
            container.appendChild(dom.el('p', {'class': 'relman-empty'}, emptyText));
            return;
        }
        var head = dom.el('tr', {}, [self.text('direction'), self.text('other'), self.text('since')].map(function (c) {
            return dom.el('th', {scope: 'col'}, c);
        }));
        var rows = data.map(function (r) {
            var other = r.other || {};
            return dom.el('tr', {'data-direction': r.direction, 'data-type': r.type, 'data-other': other.key}, [
                dom.el('td', {}, r.phrase || r.type),
                dom.el('td', {}, [dom.el('a', {href: self.link({q: '', type: '', environment: '', ci: other.key}),
                    'data-ci': other.key}, other.key), ' ', other.name || '']),
                dom.el('td', {}, [when(r.createdAt), r.createdBy].filter(Boolean).join(' \u00b7 '))]);
        });
        container.appendChild(dom.el('table', {'class': 'aui', id: 'cmdb-relationships-table'},
            [dom.el('thead', {}, head), dom.el('tbody', {}, rows)]));
    }

    /** A CI's history: each change with before and after, who, when and the RFC or release that caused it. */
    function renderHistory(container, data, emptyText) {
        var self = this;
        if (!Array.isArray(data) || !data.length) {
            container.appendChild(dom.el('p', {'class': 'relman-empty'}, emptyText));
            return;
        }
        var head = dom.el('tr', {}, ['when', 'who', 'field', 'before', 'after', 'cause'].map(function (c) {
            return dom.el('th', {scope: 'col'}, self.text(c));
        }));
        var rows = data.map(function (h) {
            var cause = h.cause ? h.cause.key + (h.cause.kind ? ' (' + h.cause.kind + ')' : '') : '';
            return dom.el('tr', {'data-field': h.field}, [dom.el('td', {}, when(h.changedAt)), dom.el('td', {}, h.changedBy),
                dom.el('td', {}, h.field), dom.el('td', {'data-column': 'before'}, asText(h.before)),
                dom.el('td', {'data-column': 'after'}, asText(h.after)), dom.el('td', {'data-column': 'cause'}, cause)]);
        });
        container.appendChild(dom.el('table', {'class': 'aui', id: 'cmdb-history-table'},
            [dom.el('thead', {}, head), dom.el('tbody', {}, rows)]));
    }

    var RENDERERS = {relationships: renderRelationships, history: renderHistory};

    function asText(value) {
        if (value === null || value === undefined) {
            return '';
        }
        return typeof value === 'object' ? JSON.stringify(value) : String(value);
    }

    function when(iso) {
        if (!iso) {
            return '';
        }
        var date = new Date(iso);
        return isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
    }

    relman.start('#relman-cmdb', function (root) { new Browser(root).begin(); });
}(window));
