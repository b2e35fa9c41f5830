/*
 * The CMDB import page (templates/cmdb/import.vm). Sends the chosen CSV file as the request body
 * (Content-Type text/csv, with "X-Atlassian-Token: no-check": a non-JSON POST is what Jira's XSRF
 * check otherwise refuses) to /cmdb/import/{items|relationships}. A small file answers at once: the
 * counts, or the report of every broken rule (row, column, rule). A large one answers 202 with a job,
 * polled until it finishes, its progress shown meanwhile. Everything reaches the page as text.
 */
(function (global) {
    'use strict';

    var relman = global.relman;
    var dom = relman.dom;
    var POLL_MS = 1000;
    var SHOWN_ERRORS = 1000;

    function Importer(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest-base');
        this.form = root.querySelector('#cmdb-import-form');
        this.file = root.querySelector('#cmdb-import-file');
        this.cause = root.querySelector('#cmdb-import-cause');
        this.submit = root.querySelector('#cmdb-import-submit');
        this.messages = root.querySelector('#cmdb-import-messages');
        this.progress = root.querySelector('#cmdb-import-progress');
        this.bar = root.querySelector('#cmdb-import-bar');
        this.progressText = root.querySelector('#cmdb-import-progress-text');
        this.report = root.querySelector('#cmdb-import-report');
        this.errorRows = root.querySelector('#cmdb-import-errors tbody');
    }

    Importer.prototype.text = function (name, args) {
        return dom.format(this.root.getAttribute('data-text-' + name) || '', args || []);
    };

    Importer.prototype.begin = function () {
        var self = this;
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.send();
        });
    };

    Importer.prototype.kind = function () {
        var checked = this.form.querySelector('input[name=kind]:checked');
        return checked ? checked.value : 'items';
    };

    Importer.prototype.send = function () {
        var self = this;
        var file = this.file.files && this.file.files[0];
        this.report.hidden = true;
        dom.clear(this.errorRows);
        Array.prototype.forEach.call(this.report.querySelectorAll('p.relman-count'), function (p) { p.remove(); });
        if (!file) {
            relman.messages.show(this.messages, 'error', this.text('nofile'));
            this.file.focus();
            return;
        }
        this.busy(true);
        relman.messages.show(this.messages, 'info', this.text('sending'));
        var url = relman.rest.url(this.rest + '/cmdb/import/' + this.kind(), {cause: this.cause.value.trim()});
        global.fetch(url, {method: 'POST', credentials: 'same-origin', body: file,
            headers: {'Content-Type': 'text/csv', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}})
            .then(readJson, unreachable)
            .then(function (answer) {
                if (answer.status === 202 && answer.body && answer.body.id) {
                    self.poll(answer.body.id);
                } else {
                    self.finish(answer);
                }
            }).catch(function (failure) {
                self.finish({status: 0, body: {message: String(failure && failure.message || failure)}});
            });
    };

    function readJson(response) {
        return response.json().catch(function () { return null; }).then(function (body) {
            return {status: response.status, body: body};
        });
    }

    function unreachable() {
        return {status: 0, body: {message: 'The server could not be reached. Check your connection and try again.'}};
    }

    Importer.prototype.poll = function (id) {
        var self = this;
        relman.rest.get(this.rest + '/cmdb/import/' + relman.rest.segment(id)).then(function (job) {
            if (job.state === 'done' || job.state === 'rejected' || job.state === 'failed') {
                self.finish({status: job.state === 'done' ? 200 : 400, body: job});
            } else {
                self.showProgress(job);
                global.setTimeout(function () { self.poll(id); }, POLL_MS);
            }
        }, function (failure) {
            self.finish({status: failure.status, body: {message: failure.message}});
        });
    };

    Importer.prototype.showProgress = function (job) {
        this.progress.hidden = false;
        var read = job.rowsRead || 0;
        var written = job.rowsWritten || 0;
        if (job.state === 'writing' && read > 0) {
            this.bar.value = Math.min(100, Math.round(100 * written / read));
        } else {
            this.bar.removeAttribute('value'); // indeterminate while the rows are being checked
        }
        dom.text(this.progressText, this.text('progress', [job.state, read, written]));
    };

    Importer.prototype.finish = function (answer) {
        var job = answer.body || {};
        this.busy(false);
        this.progress.hidden = true;
        if (answer.status === 200 && job.state === 'done') {
            relman.messages.show(this.messages, 'success',
                this.text('done', [job.rowsWritten, job.created, job.updated, job.unchanged]));
        } else if (Array.isArray(job.errors) && job.errors.length && typeof job.errors[0].row === 'number') {
            relman.messages.show(this.messages, 'error', this.text('rejected', [job.errorCount || job.errors.length]));
            this.showReport(job);
        } else {
            relman.messages.show(this.messages, 'error', job.state === 'failed'
                ? this.text('failed', [job.message || '']) : job.message || ('The server answered ' + answer.status + '.'));
        }
    };

    Importer.prototype.showReport = function (job) {
        var self = this;
        job.errors.slice(0, SHOWN_ERRORS).forEach(function (e) {
            self.errorRows.appendChild(dom.el('tr', {'data-row': e.row, 'data-column': e.column || ''}, [
                dom.el('td', {}, String(e.row)), dom.el('td', {}, e.column || ''), dom.el('td', {}, e.message)]));
        });
        var total = job.errorCount || job.errors.length;
        if (total > job.errors.length || job.errors.length > SHOWN_ERRORS) {
            this.report.appendChild(dom.el('p', {'class': 'relman-count'},
                this.text('more-errors', [Math.min(job.errors.length, SHOWN_ERRORS), total])));
        }
        this.report.hidden = false;
    };

    Importer.prototype.busy = function (on) {
        this.submit.disabled = on;
        if (on) {
            this.root.setAttribute('aria-busy', 'true');
        } else {
            this.root.removeAttribute('aria-busy');
        }
    };

    relman.start('#relman-cmdb-import', function (root) { new Importer(root).begin(); });
}(window));
