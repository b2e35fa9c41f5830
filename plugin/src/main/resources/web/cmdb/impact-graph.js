/*
 * relman.impactGraph.draw(container, report, options): an impact report (GET /cmdb/impact) as an SVG
 * picture, written by hand so that no library comes from anywhere. Layout: one column per depth (the
 * changed CIs in the first), nodes sorted by key within a column, relationships as curves from the
 * shallower CI to the deeper one. Every node is an SVG link (focusable, with its key as text and the
 * name in a <title>), so the picture works with the keyboard and a screen reader. Readable at hundreds
 * of nodes: the drawing keeps its natural size inside a scrolling box, and the zoom buttons scale it.
 * Text from the CMDB reaches the SVG only through textContent.
 */
(function (global) {
    'use strict';

    var relman = global.relman = global.relman || {};
    var SVG = 'http://www.w3.org/2000/svg';
    var NODE_W = 200;
    var NODE_H = 30;
    var COL_GAP = 90;
    var ROW_GAP = 10;
    var PAD = 20;
    var LABEL_CHARS = 26;
    var SAFE_HREF = /^(?:\/|\?|#|\.|https?:)/i;

    function svg(tag, attrs, text) {
        var node = global.document.createElementNS(SVG, tag);
        Object.keys(attrs || {}).forEach(function (name) {
            if (/^on/i.test(name) || ((name === 'href') && !SAFE_HREF.test(String(attrs[name])))) {
                throw new Error('relman.impactGraph: attribute "' + name + '" refused');
            }
            node.setAttribute(name, String(attrs[name]));
        });
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    /** Nodes by key with their depth (0 for the changed CIs), and columns of keys sorted by key. */
    function layout(report) {
        var nodes = {};
        (report.changed || []).forEach(function (ci) {
            nodes[ci.key] = {ci: ci, depth: 0, changed: true};
        });
        (report.impacted || []).forEach(function (ci) {
            if (!nodes[ci.key]) {
                nodes[ci.key] = {ci: ci, depth: ci.depth, changed: false};
            }
        });
        var columns = [];
        Object.keys(nodes).sort().forEach(function (key) {
            var d = nodes[key].depth;
            (columns[d] = columns[d] || []).push(key);
            var node = nodes[key];
            node.row = columns[d].length - 1;
            node.x = PAD + d * (NODE_W + COL_GAP);
            node.y = PAD + 12 + node.row * (NODE_H + ROW_GAP);
        });
        for (var i = 0; i < columns.length; i++) {
            columns[i] = columns[i] || [];
        }
        return {nodes: nodes, columns: columns};
    }

    function label(text) {
        var s = String(text || '');
        return s.length > LABEL_CHARS ? s.substring(0, LABEL_CHARS - 1) + '\u2026' : s;
    }

    function edgePath(a, b) {
        var x1 = a.x + NODE_W;
        var y1 = a.y + NODE_H / 2;
        var x2 = b.x;
        var y2 = b.y + NODE_H / 2;
        if (a.depth === b.depth) {
            // same column: a loop out to the right, so the line never crosses the boxes
            var bulge = a.x + NODE_W + COL_GAP / 2;
            return 'M' + x1 + ' ' + y1 + ' C' + bulge + ' ' + y1 + ' ' + bulge + ' ' + y2 + ' ' + x1 + ' ' + y2;
        }
        var mid = (x1 + x2) / 2;
        return 'M' + x1 + ' ' + y1 + ' C' + mid + ' ' + y1 + ' ' + mid + ' ' + y2 + ' ' + x2 + ' ' + y2;
    }

    /**
     * Draws the report into container (emptied first). options.href(key) gives each node's link,
     * options.text(name) the page's labels (changed, depth heading). Returns the SVG element.
     */
    function draw(container, report, options) {
        options = options || {};
        while (container.firstChild) {
            container.removeChild(container.firstChild);
        }
        var g = layout(report);
        var rows = g.columns.reduce(function (most, col) { return Math.max(most, col.length); }, 1);
        var width = PAD * 2 + g.columns.length * NODE_W + Math.max(0, g.columns.length - 1) * COL_GAP;
        var height = PAD * 2 + 12 + rows * (NODE_H + ROW_GAP);
        var root = svg('svg', {xmlns: SVG, 'class': 'relman-impact-svg', role: 'group', width: width, height: height,
            viewBox: '0 0 ' + width + ' ' + height, 'data-width': width, 'data-height': height,
            'aria-label': options.label || 'Impact graph'});
        root.appendChild(svg('title', {}, options.label || 'Impact graph'));
        var defs = svg('defs');
        var marker = svg('marker', {id: 'relman-impact-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5,
            markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse'});
        marker.appendChild(svg('path', {d: 'M0 0 L10 5 L0 10 z', 'class': 'relman-impact-arrowhead'}));
        defs.appendChild(marker);
        root.appendChild(defs);

        g.columns.forEach(function (col, depth) {
            var heading = depth === 0 ? (options.changedHeading || 'Changed') : dom(options.depthHeading || 'Depth {0}', depth);
            root.appendChild(svg('text', {'class': 'relman-impact-column', x: PAD + depth * (NODE_W + COL_GAP), y: PAD + 2},
                heading + ' (' + col.length + ')'));
        });

        var edges = svg('g', {'class': 'relman-impact-edges', 'aria-hidden': 'true'});
        var seen = {};
        (report.relationships || []).forEach(function (link) {
            var a = g.nodes[link.source];
            var b = g.nodes[link.target];
            if (!a || !b || a === b) {
                return;
            }
            if (b.depth < a.depth) {
                var t = a; a = b; b = t;
            }
            var id = a.ci.key + '\u0000' + b.ci.key;
            if (seen[id]) {
                return;
            }
            seen[id] = true;
            var path = svg('path', {'class': 'relman-impact-edge', d: edgePath(a, b), 'marker-end': 'url(#relman-impact-arrow)',
                'data-source': a.ci.key, 'data-target': b.ci.key});
            path.appendChild(svg('title', {}, link.source + ' ' + link.type + ' ' + link.target));
            edges.appendChild(path);
        });
        root.appendChild(edges);

        var nodes = svg('g', {'class': 'relman-impact-nodes'});
        Object.keys(g.nodes).sort().forEach(function (key) {
            var n = g.nodes[key];
            var link = svg('a', {href: options.href ? options.href(key) : '#', 'data-ci': key, 'data-depth': n.depth,
                'class': 'relman-impact-node' + (n.changed ? ' relman-impact-changed' : ''),
                'aria-label': key + ' ' + (n.ci.name || '') + (n.changed ? ' (' + (options.changedHeading || 'Changed') + ')' : '')});
            link.appendChild(svg('title', {}, key + ' \u2014 ' + (n.ci.name || '') + ' (' + (n.ci.type || '') + ')'));
            link.appendChild(svg('rect', {x: n.x, y: n.y, width: NODE_W, height: NODE_H, rx: 4, ry: 4}));
            link.appendChild(svg('text', {x: n.x + 8, y: n.y + 13, 'class': 'relman-impact-key'}, label(key)));
            link.appendChild(svg('text', {x: n.x + 8, y: n.y + 25, 'class': 'relman-impact-name'}, label(n.ci.name)));
            nodes.appendChild(link);
        });
        root.appendChild(nodes);
        container.appendChild(root);
        return root;
    }

    function dom(pattern, value) {
        return String(pattern).replace('{0}', String(value));
    }

    /** Scales the drawing (1 = natural size); the scrolling box around it does the panning. */
    function zoom(root, factor) {
        var w = +root.getAttribute('data-width');
        var h = +root.getAttribute('data-height');
        root.setAttribute('width', Math.round(w * factor));
        root.setAttribute('height', Math.round(h * factor));
        root.setAttribute('data-zoom', factor);
    }

    relman.impactGraph = {draw: draw, zoom: zoom, layout: layout};
}(window));
