/*
 * The "Impact" section of a CI in the CMDB browser (templates/cmdb/browser.vm, #cmdb-impact): asks
 * GET /cmdb/impact for the CI, a direction and a depth, and shows the answer twice: as a picture
 * (relman.impactGraph) and as a list with the path that makes each CI impacted. Values reach the
 * page only as text.
 */
(function (global) {
    'use strict';

    var relman = global.relman = global.relman || {};
    var dom = relman.dom;
    var ZOOMS = [0.25, 0.4, 0.6, 0.8, 1, 1.25, 1.5, 2];

    function Impact(section) {
        this.section = section;
        this.form = section.querySelector('#cmdb-impact-form');
        this.direction = section.querySelector('#cmdb-impact-direction');
        this.depth = section.querySelector('#cmdb-impact-depth');
        this.messages = section.querySelector('#cmdb-impact-messages');
        this.result = section.querySelector('#cmdb-impact-result');
        this.count = section.querySelector('#cmdb-impact-count');
        this.graph = section.querySelector('#cmdb-impact-graph');
        this.rows = section.querySelector('#cmdb-impact-list tbody');
        this.zoomIndex = ZOOMS.indexOf(1);
        this.seq = 0;
        var self = this;
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.load();
        });
        section.addEventListener('click', function (event) {
            var button = event.target.closest && event.target.closest('button[data-zoom]');
            if (button) {
                self.zoom(button.getAttribute('data-zoom'));
            }
        });
    }

    Impact.prototype.text = function (name) {
        return this.section.getAttribute('data-text-' + name) || '';
    };

    Impact.prototype.reset = function (key, rest, href) {
        this.key = key;
        this.rest = rest;
        this.href = href;
        this.seq++;
        this.result.hidden = true;
        dom.clear(this.graph);
        dom.clear(this.rows);
        relman.messages.clear(this.messages);
    };

    Impact.prototype.load = function () {
        var self = this;
        var seq = ++this.seq;
        relman.messages.clear(this.messages);
        this.section.setAttribute('aria-busy', 'true');
        var url = relman.rest.url(this.rest + '/cmdb/impact',
            {key: this.key, direction: this.direction.value, depth: this.depth.value});
        relman.rest.get(url).then(function (report) {
            if (seq === self.seq) {
                self.show(report);
            }
        }, function (failure) {
            if (seq === self.seq) {
                self.result.hidden = true;
                relman.forms.showErrors(self.form, failure, self.messages);
            }
        }).then(function () {
            self.section.removeAttribute('aria-busy');
        });
    };

    Impact.prototype.show = function (report) {
        var self = this;
        relman.forms.clearErrors(this.form);
        this.directionShown = report.direction;
        dom.text(this.count, dom.format(this.text('count'), [report.count]));
        if (report.truncated) {
            relman.messages.show(this.messages, 'warning', this.text('truncated'));
        }
        this.svg = relman.impactGraph.draw(this.graph, report, {
            href: this.href, label: this.text('graph'), changedHeading: this.text('changed'), depthHeading: this.text('depth')
        });
        relman.impactGraph.zoom(this.svg, ZOOMS[this.zoomIndex]);
        dom.clear(this.rows);
        var changed = (report.changed || []).map(function (ci) {
            return self.row(ci, 0, [ci.key], [], true);
        });
        var impacted = (report.impacted || []).map(function (ci) {
            return self.row(ci, ci.depth, ci.path || [], ci.via || [], false);
        });
        changed.concat(impacted).forEach(function (tr) { self.rows.appendChild(tr); });
        this.result.hidden = false;
    };

    /** One CI of the list; the path reads "DB-1 ←runs-on— APP-1 ←…— this CI" downstream. */
    Impact.prototype.row = function (ci, depth, path, via, changed) {
        var steps = [];
        var upstream = this.directionShown === 'upstream';
        path.forEach(function (key, i) {
            if (i > 0) {
                // downstream, the later CI relies on the earlier one; upstream, the earlier on the later
                steps.push(upstream ? ' \u2014' + (via[i - 1] || '') + '\u2192 ' : ' \u2190' + (via[i - 1] || '') + '\u2014 ');
            }
            steps.push(key);
        });
        return dom.el('tr', {'data-key': ci.key, 'data-depth': depth, 'class': changed ? 'relman-impact-changed-row' : null}, [
            dom.el('td', {}, [dom.el('a', {href: this.href(ci.key), 'data-ci': ci.key}, ci.key),
                changed ? dom.el('span', {'class': 'relman-impact-changed-label'}, ' (' + this.text('changed') + ')') : null]),
            dom.el('td', {}, ci.name),
            dom.el('td', {}, ci.type),
            dom.el('td', {}, String(depth)),
            dom.el('td', {'data-column': 'path'}, changed ? '' : steps.join(''))]);
    };

    Impact.prototype.zoom = function (how) {
        if (!this.svg) {
            return;
        }
        if (how === 'in') {
            this.zoomIndex = Math.min(ZOOMS.length - 1, this.zoomIndex + 1);
        } else if (how === 'out') {
            this.zoomIndex = Math.max(0, this.zoomIndex - 1);
        } else {
            this.zoomIndex = ZOOMS.indexOf(1);
        }
        relman.impactGraph.zoom(this.svg, ZOOMS[this.zoomIndex]);
    };

    relman.cmdbImpact = {
        /** Called when a CI opens: forgets the last answer and remembers which CI to ask about. */
        reset: function (section, key, rest, href) {
            if (!section) {
                return;
            }
            section.relmanImpact = section.relmanImpact || new Impact(section);
            section.relmanImpact.reset(key, rest, href);
        }
    };
}(window));
