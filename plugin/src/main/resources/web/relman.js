/*
 * relman.js: what every relman page and panel uses (web resource "relman-web").
 *
 *   relman.rest.get(url)                -> Promise of the parsed JSON body
 *   relman.rest.send(method, url, body) -> JSON request (POST/PUT/DELETE); Jira's XSRF check accepts
 *                                          JSON bodies, so no X-Atlassian-Token header is sent
 *   relman.rest.upload(url, formData)   -> multipart upload, the one case that needs
 *                                          "X-Atlassian-Token: no-check"
 *   Failed calls reject with a relman.rest.Failure {status, message, errors: [{field, message}]}.
 *
 *   relman.dom.el(tag, attrs, children) -> an element; attrs become attributes (never on* handlers),
 *                                          children are nodes or strings (always text nodes)
 *   relman.dom.text(node, value)        -> sets text, never HTML
 *   relman.dom.clear(node)
 *   relman.dom.data(container, json, emptyText) -> any JSON as text: a list of records as a table,
 *                                          a record as name/value rows (for answers of unknown shape)
 *   relman.messages.show(container, kind, text) / clear(container)   AUI messages
 *   relman.forms.showErrors(form, failure) / clearErrors(form)       errors next to their fields
 *   relman.start(selector, begin)       -> once the page is ready, begin(root) once for each element the
 *                                          selector finds (a page's or panel's root), never twice for one
 *
 * The rule: data from the REST API or typed by a user reach the page only as text. No innerHTML,
 * no insertAdjacentHTML, no template strings turned into markup.
 */
(function (global) {
    'use strict';

    var relman = global.relman = global.relman || {};

    // ---- DOM ---------------------------------------------------------------------------------
    var SAFE_URL = /^(?:\/|\?|#|\.|https?:)/i;

    function setAttribute(node, name, value) {
        if (value === null || value === undefined || value === false) {
            return;
        }
        var lower = String(name).toLowerCase();
        if (lower.indexOf('on') === 0 || lower === 'style' || lower === 'srcdoc') {
            throw new Error('relman.dom: attribute "' + name + '" is not allowed');
        }
        var text = value === true ? '' : String(value);
        if ((lower === 'href' || lower === 'src' || lower === 'action') && !SAFE_URL.test(text)) {
            throw new Error('relman.dom: refusing the URL "' + text + '"');
        }
        node.setAttribute(name, text);
    }

    function append(node, child) {
        if (child === null || child === undefined || child === false) {
            return;
        }
        if (Array.isArray(child)) {
            child.forEach(function (c) { append(node, c); });
        } else if (child instanceof global.Node) {
            node.appendChild(child);
        } else {
            node.appendChild(global.document.createTextNode(String(child)));
        }
    }

    relman.dom = {
        el: function (tag, attrs, children) {
            var node = global.document.createElement(tag);
            Object.keys(attrs || {}).forEach(function (name) { setAttribute(node, name, attrs[name]); });
            append(node, children);
            return node;
        },
        text: function (node, value) {
            node.textContent = value === null || value === undefined ? '' : String(value);
            return node;
        },
        clear: function (node) {
            while (node.firstChild) {
                node.removeChild(node.firstChild);
            }
            return node;
        },
        data: function (container, data, emptyText) {
            renderData(container, data, emptyText);
            return container;
        },
        cssEscape: cssEscape,
        /** "{0} items" with {0} replaced by each argument in turn, as text. */
        format: function (pattern, args) {
            return String(pattern).replace(/\{(\d+)\}/g, function (all, i) {
                return args[+i] === undefined ? all : String(args[+i]);
            });
        }
    };

    // ---- REST --------------------------------------------------------------------------------
    function Failure(status, message, errors) {
        this.status = status;
        this.message = message;
        this.errors = errors || [];
    }
    Failure.prototype.toString = function () { return this.message; };

    function failureFrom(response, body) {
        if (body && typeof body === 'object') {
            var message = body.message || body.errorMessages && body.errorMessages.join(' ')
                || ('The server answered ' + response.status + '.');
            return new Failure(response.status, message, Array.isArray(body.errors) ? body.errors : []);
        }
        return new Failure(response.status, 'The server answered ' + response.status + ' ' + (response.statusText || '') + '.');
    }

    function parse(response) {
        var type = response.headers.get('Content-Type') || '';
        var body = type.indexOf('json') >= 0 && response.status !== 204 ? response.json().catch(function () { return null; })
            : Promise.resolve(null);
        return body.then(function (json) {
            if (response.ok) {
                return json;
            }
            throw failureFrom(response, json);
        });
    }

    function request(method, url, options) {
        var init = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        Object.keys(options.headers || {}).forEach(function (h) { init.headers[h] = options.headers[h]; });
        if (options.body !== undefined) {
            init.body = options.body;
        }
        return global.fetch(url, init).then(parse, function () {
            throw new Failure(0, 'The server could not be reached. Check your connection and try again.');
        });
    }

    relman.rest = {
        Failure: Failure,
        get: function (url) {
            return request('GET', url, {});
        },
        send: function (method, url, body) {
            return request(method, url, {
                headers: {'Content-Type': 'application/json'},
                body: body === undefined ? undefined : JSON.stringify(body)
            });
        },
        upload: function (url, formData) {
            // a multipart body is what an HTML form on another site could send: Jira wants the token
            return request('POST', url, {headers: {'X-Atlassian-Token': 'no-check'}, body: formData});
        },
        /** A URL with query parameters; empty values are left out. */
        url: function (base, params) {
            var query = Object.keys(params || {}).filter(function (k) {
                return params[k] !== undefined && params[k] !== null && params[k] !== '';
            }).map(function (k) {
                return encodeURIComponent(k) + '=' + encodeURIComponent(params[k]);
            }).join('&');
            return query ? base + (base.indexOf('?') >= 0 ? '&' : '?') + query : base;
        },
        /** A path segment (a key) made safe for a URL. */
        segment: function (value) {
            return encodeURIComponent(String(value));
        }
    };

    // ---- messages and form errors ------------------------------------------------------------
    relman.messages = {
        show: function (container, kind, text) {
            relman.dom.clear(container);
            var box = relman.dom.el('div', {'class': 'aui-message aui-message-' + (kind || 'info'),
                role: kind === 'error' ? 'alert' : 'status'}, relman.dom.el('p', {}, text));
            container.appendChild(box);
            return box;
        },
        clear: function (container) {
            relman.dom.clear(container);
        }
    };

    relman.forms = {
        clearErrors: function (form) {
            Array.prototype.forEach.call(form.querySelectorAll('.relman-field-error'), function (n) {
                n.parentNode.removeChild(n);
            });
            Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (n) {
                n.removeAttribute('aria-invalid');
            });
        },
        /**
         * Puts each {field, message} under the form control named like the field (attributes.x
         * falls back to attributes); what matches no control goes into messageBox, with the overall message.
         */
        showErrors: function (form, failure, messageBox) {
            relman.forms.clearErrors(form);
            var unplaced = [];
            (failure.errors || []).forEach(function (error, i) {
                var field = String(error.field || '');
                var control = form.querySelector('[name="' + cssEscape(field) + '"]')
                    || form.querySelector('[name="' + cssEscape(field.split('.')[0]) + '"]');
                if (!control) {
                    unplaced.push(error.message);
                    return;
                }
                var id = (control.id || 'relman-field-' + i) + '-error';
                control.setAttribute('aria-invalid', 'true');
                control.setAttribute('aria-describedby', id);
                control.parentNode.insertBefore(relman.dom.el('div', {'class': 'error relman-field-error', id: id},
                    error.message), control.nextSibling);
            });
            if (messageBox) {
                var text = unplaced.length ? unplaced.join(' ') : failure.message;
                relman.messages.show(messageBox, 'error', text);
            }
        }
    };

    /** A list of records as a table, a record as name/value rows, anything else as text. */
    function renderData(container, data, emptyText) {
        var el = relman.dom.el;
        if (data && !Array.isArray(data) && typeof data === 'object') {
            var lists = Object.keys(data).map(function (k) { return data[k]; }).filter(Array.isArray);
            if (lists.length === 1) {
                data = lists[0];
            }
        }
        if (Array.isArray(data)) {
            if (!data.length) {
                container.appendChild(el('p', {'class': 'relman-empty'}, emptyText || ''));
                return;
            }
            var records = data.map(function (row) { return row && typeof row === 'object' ? row : {value: row}; });
            var columns = [];
            records.forEach(function (record) {
                Object.keys(record).forEach(function (k) {
                    if (columns.indexOf(k) < 0) {
                        columns.push(k);
                    }
                });
            });
            container.appendChild(el('table', {'class': 'aui'}, [
                el('thead', {}, el('tr', {}, columns.map(function (c) { return el('th', {scope: 'col'}, c); }))),
                el('tbody', {}, records.map(function (record) {
                    return el('tr', {}, columns.map(function (c) { return el('td', {}, asText(record[c])); }));
                }))]));
        } else if (data && typeof data === 'object') {
            container.appendChild(el('table', {'class': 'aui'}, el('tbody', {}, Object.keys(data).map(function (k) {
                return el('tr', {}, [el('th', {scope: 'row'}, k), el('td', {}, asText(data[k]))]);
            }))));
        } else {
            container.appendChild(el('p', {}, asText(data)));
        }
    }

    function asText(value) {
        if (value === null || value === undefined) {
            return '';
        }
        return typeof value === 'object' ? JSON.stringify(value) : String(value);
    }

    // ---- Start-up ----------------------------------------------------------------------------
    relman.start = function (selector, begin) {
        function run() {
            Array.prototype.forEach.call(global.document.querySelectorAll(selector), function (root) {
                if (!root.getAttribute('data-started')) {
                    root.setAttribute('data-started', 'true');
                    begin(root);
                }
            });
        }
        if (global.document.readyState === 'loading') {
            global.document.addEventListener('DOMContentLoaded', run);
        } else {
            run();
        }
    };

    function cssEscape(value) {
        return global.CSS && global.CSS.escape ? global.CSS.escape(value) : String(value).replace(/["\\]/g, '\\$&');
    }
}(window));
