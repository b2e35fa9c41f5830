/*
 * "Affected CIs and impact" on RFC and Release issues (templates/cmdb/affected-cis-panel.vm). Reads the
 * issue's affected CIs and their downstream impact from relman's REST API, and lets the viewer choose the
 * CIs with a type-ahead picker (a combobox over /cmdb/items?q=, usable with the keyboard alone) whose
 * choice is saved with PUT /cmdb/issues/{key}/affected-cis. Every value reaches the page as text.
 */
(function (global) {
    'use strict';

    var relman = global.relman;
    var dom = relman.dom;
    var IMPACT_DEPTH = 3;
    var MATCHES = 10;
    var TYPE_DELAY_MS = 200;

    function contextPath(root) {
        var path = root.getAttribute('data-context-path');
        if (path) {
            return path;
        }
        return global.AJS && typeof global.AJS.contextPath === 'function' ? global.AJS.contextPath() : '';
    }

    function Panel(root) {
        var ctx = contextPath(root);
        this.root = root;
        this.key = root.getAttribute('data-issue-key');
        this.rest = ctx + root.getAttribute('data-rest-path');
        this.browser = ctx + root.getAttribute('data-browser-path');
        this.messages = root.querySelector('#affected-cis-messages');
        this.list = root.querySelector('#affected-cis-list');
        this.impact = root.querySelector('#affected-cis-impact');
        this.depths = root.querySelector('#affected-cis-impact-depths');
        this.edit = root.querySelector('#affected-cis-edit');
        this.form = root.querySelector('#affected-cis-form');
        this.search = root.querySelector('#affected-cis-search');
        this.options = root.querySelector('#affected-cis-options');
        this.chosenList = root.querySelector('#affected-cis-chosen');
        this.current = [];
        this.chosen = [];
        this.matches = [];
        this.active = -1;
        this.searchSeq = 0;
    }

    Panel.prototype.text = function (name, args) {
        return dom.format(this.root.getAttribute('data-text-' + name) || '', args || []);
    };

    Panel.prototype.url = function () {
        return this.rest + '/cmdb/issues/' + relman.rest.segment(this.key) + '/affected-cis';
    };

    Panel.prototype.begin = function () {
        var self = this;
        this.edit.addEventListener('click', function () { self.openEditor(self.form.hidden); });
        this.root.querySelector('#affected-cis-cancel').addEventListener('click', function () { self.openEditor(false); });
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.save();
        });
        this.search.addEventListener('input', function () {
            global.clearTimeout(self.typing);
            self.typing = global.setTimeout(function () { self.find(self.search.value.trim()); }, TYPE_DELAY_MS);
        });
        this.search.addEventListener('keydown', function (event) { self.keydown(event); });
        this.search.addEventListener('blur', function () {
            global.setTimeout(function () { self.closeOptions(); }, 150);
        });
        this.options.addEventListener('mousedown', function (event) {
            var option = event.target.closest('[role=option]');
            if (option) {
                event.preventDefault();
                self.choose(self.matches[+option.getAttribute('data-index')]);
            }
        });
        this.chosenList.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-remove]');
            if (button) {
                self.remove(button.getAttribute('data-remove'));
            }
        });
        this.load();
    };

    // ---- the affected CIs and their impact ------------------------------------------------------
    Panel.prototype.load = function () {
        var self = this;
        relman.rest.get(this.url()).then(function (cis) {
            self.current = cis || [];
            self.showList();
            self.loadImpact();
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    Panel.prototype.ciLink = function (key) {
        return dom.el('a', {href: relman.rest.url(this.browser, {ci: key}), 'data-ci': key}, key);
    };

    Panel.prototype.showList = function () {
        var self = this;
        dom.clear(this.list);
        if (!this.current.length) {
            this.list.appendChild(dom.el('li', {'class': 'relman-empty'}, this.text('none')));
        }
        this.current.forEach(function (ci) {
            self.list.appendChild(dom.el('li', {'data-key': ci.key}, [self.ciLink(ci.key), ' ', ci.name,
                dom.el('span', {'class': 'relman-count'}, ' (' + [ci.type, ci.environment].filter(Boolean).join(', ') + ')')]));
        });
    };

    Panel.prototype.loadImpact = function () {
        var self = this;
        dom.text(this.impact, '');
        dom.clear(this.depths);
        if (!this.current.length) {
            return;
        }
        var keys = this.current.map(function (ci) { return ci.key; });
        relman.rest.send('POST', this.rest + '/cmdb/impact', {keys: keys, direction: 'downstream', depth: IMPACT_DEPTH})
            .then(function (report) {
                dom.text(self.impact, report.count ? self.text('impact', [report.count]) : self.text('impact-none'));
                var byDepth = {};
                (report.impacted || []).forEach(function (ci) {
                    (byDepth[ci.depth] = byDepth[ci.depth] || []).push(ci.key);
                });
                Object.keys(byDepth).sort().forEach(function (depth) {
                    var items = [depth + ': '];
                    byDepth[depth].sort().forEach(function (key, i) {
                        items.push(i ? ', ' : '', self.ciLink(key));
                    });
                    self.depths.appendChild(dom.el('li', {'data-depth': depth}, items));
                });
            }, function (failure) {
                dom.text(self.impact, failure.message);
            });
    };

    // ---- the picker -----------------------------------------------------------------------------
    Panel.prototype.openEditor = function (open) {
        this.form.hidden = !open;
        this.edit.setAttribute('aria-expanded', String(open));
        if (open) {
            this.chosen = this.current.map(function (ci) { return {key: ci.key, name: ci.name}; });
            this.showChosen();
            relman.forms.clearErrors(this.form);
            this.search.focus();
        } else {
            this.closeOptions();
            this.edit.focus();
        }
    };

    Panel.prototype.find = function (q) {
        var self = this;
        var seq = ++this.searchSeq;
        if (!q) {
            this.closeOptions();
            return;
        }
        relman.rest.get(relman.rest.url(this.rest + '/cmdb/items', {q: q, limit: MATCHES})).then(function (items) {
            if (seq === self.searchSeq) {
                self.showOptions(items || []);
            }
        }, function (failure) {
            if (seq === self.searchSeq) {
                self.showOptions([]);
                relman.messages.show(self.messages, 'error', failure.message);
            }
        });
    };

    Panel.prototype.showOptions = function (items) {
        var self = this;
        this.matches = items;
        this.active = items.length ? 0 : -1;
        dom.clear(this.options);
        if (!items.length) {
            this.options.appendChild(dom.el('li', {'class': 'relman-empty', role: 'option', 'aria-disabled': 'true'},
                this.text('no-match')));
        }
        items.forEach(function (ci, i) {
            var taken = self.isChosen(ci.key);
            self.options.appendChild(dom.el('li', {role: 'option', id: 'affected-cis-option-' + i, 'data-index': i,
                'data-key': ci.key, 'aria-selected': 'false', 'aria-disabled': taken ? 'true' : null},
                [dom.el('strong', {}, ci.key), ' ', ci.name, taken ? ' (' + self.text('already') + ')' : '']));
        });
        this.options.hidden = false;
        this.search.setAttribute('aria-expanded', 'true');
        this.highlight();
    };

    Panel.prototype.highlight = function () {
        var self = this;
        Array.prototype.forEach.call(this.options.querySelectorAll('[data-index]'), function (li) {
            var on = +li.getAttribute('data-index') === self.active;
            li.setAttribute('aria-selected', String(on));
            li.classList.toggle('relman-active', on);
        });
        if (this.active >= 0) {
            this.search.setAttribute('aria-activedescendant', 'affected-cis-option-' + this.active);
        } else {
            this.search.removeAttribute('aria-activedescendant');
        }
    };

    Panel.prototype.closeOptions = function () {
        this.options.hidden = true;
        this.search.setAttribute('aria-expanded', 'false');
        this.search.removeAttribute('aria-activedescendant');
        this.active = -1;
    };

    Panel.prototype.keydown = function (event) {
        var open = !this.options.hidden && this.matches.length;
        if (event.key === 'ArrowDown' && open) {
            event.preventDefault();
            this.active = Math.min(this.matches.length - 1, this.active + 1);
            this.highlight();
        } else if (event.key === 'ArrowUp' && open) {
            event.preventDefault();
            this.active = Math.max(0, this.active - 1);
            this.highlight();
        } else if (event.key === 'Enter' && open && this.active >= 0) {
            event.preventDefault(); // Enter picks the match; the Save button saves
            this.choose(this.matches[this.active]);
        } else if (event.key === 'Escape' && !this.options.hidden) {
            event.preventDefault();
            this.closeOptions();
        }
    };

    Panel.prototype.isChosen = function (key) {
        return this.chosen.some(function (c) { return c.key === key; });
    };

    Panel.prototype.choose = function (ci) {
        if (ci && !this.isChosen(ci.key)) {
            this.chosen.push({key: ci.key, name: ci.name});
            this.showChosen();
        }
        this.search.value = '';
        this.closeOptions();
        this.search.focus();
    };

    Panel.prototype.remove = function (key) {
        this.chosen = this.chosen.filter(function (c) { return c.key !== key; });
        this.showChosen();
        this.search.focus();
    };

    Panel.prototype.showChosen = function () {
        var self = this;
        dom.clear(this.chosenList);
        this.chosen.forEach(function (ci) {
            self.chosenList.appendChild(dom.el('li', {'class': 'relman-chip', 'data-key': ci.key}, [
                dom.el('span', {}, ci.key + ' ' + (ci.name || '')),
                dom.el('button', {type: 'button', 'class': 'aui-button aui-button-subtle relman-chip-remove', 'data-remove': ci.key,
                    'aria-label': self.text('remove', [ci.key]), title: self.text('remove', [ci.key])}, '\u00d7')]));
        });
    };

    Panel.prototype.save = function () {
        var self = this;
        var keys = this.chosen.map(function (c) { return c.key; });
        relman.rest.send('PUT', this.url(), {keys: keys}).then(function (cis) {
            self.current = cis || [];
            self.form.hidden = true;
            self.edit.setAttribute('aria-expanded', 'false');
            self.showList();
            self.loadImpact();
            relman.messages.show(self.messages, 'success', self.text('saved'));
            self.edit.focus();
        }, function (failure) {
            relman.forms.showErrors(self.form, failure, self.messages);
        });
    };

    relman.start('.relman-affected-cis', function (root) { new Panel(root).begin(); });
}(window));
