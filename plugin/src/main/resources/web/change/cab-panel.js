/*
 * The CAB panel on an RFC (templates/change/cab-panel.vm). Reads GET /change/rfcs/{key}/cab-panel and renders
 * it; a vote, a submission or closing the round POSTs to the API, which answers {message, panel}: the new
 * panel is rendered in place and the message announced in the aria-live box, so the page never reloads.
 * Every name, comment and reason is inserted as text (relman.dom), never as markup.
 */
(function (global) {
    'use strict';
    var relman = global.relman;
    var dom = relman.dom;
    var REFRESH_MS = 20000;

    function contextPath() {
        var meta = global.document.querySelector('meta[name="ajs-context-path"]');
        if (meta) {
            return meta.getAttribute('content') || '';
        }
        return global.AJS && typeof global.AJS.contextPath === 'function' ? global.AJS.contextPath() : '';
    }

    function Panel(root) {
        this.root = root;
        this.text = root.dataset;
        this.url = contextPath() + root.dataset.restPath + '/change/rfcs/' + relman.rest.segment(root.dataset.rfc);
        this.form = root.querySelector('#relman-cab-vote');
        this.result = root.querySelector('#relman-cab-result');
        this.state = null;
    }

    Panel.prototype.find = function (id) {
        return this.root.querySelector('#' + id);
    };

    Panel.prototype.load = function () {
        var self = this;
        relman.messages.show(self.result, 'info', self.text.textLoading);
        return relman.rest.get(self.url + '/cab-panel').then(function (state) {
            relman.messages.clear(self.result);
            self.render(state);
        }, function (failure) {
            relman.messages.show(self.result, 'error', failure.message);
        });
    };

    /**
     * Re-reads the state quietly (every REFRESH_MS while the page is visible) so that votes cast by others show up
     * without a reload; renders only when something changed, and never while the viewer is filling in the vote form.
     */
    Panel.prototype.refresh = function () {
        var self = this;
        var doc = global.document;
        var busy = self.form.querySelector('#relman-vote-comment').value || self.form.querySelector('input[name="vote"]:checked');
        if (doc.hidden || busy) {
            return;
        }
        relman.rest.get(self.url + '/cab-panel').then(function (state) {
            if (JSON.stringify(state) !== JSON.stringify(self.state)) {
                self.render(state);
            }
        }, function () {
            // a failed background refresh says nothing; the next one or the viewer's own action will
        });
    };

    Panel.prototype.render = function (state) {
        this.state = state;
        var cab = state.cab;
        dom.text(this.find('relman-cab-name'), cab ? cab.name + (cab.emergency ? ' (emergency)' : '') : '');
        dom.text(this.find('relman-cab-rule'), state.standardChange || state.rule || '');
        this.renderRound(state.round);
        this.renderEarlier(state.earlierRounds || []);
        this.renderViewer(state);
    };

    function who(user) {
        return user ? (user.displayName || user.name || user.key) : '';
    }

    function when(instant) {
        if (!instant) {
            return '';
        }
        var date = new Date(instant);
        return isNaN(date.getTime()) ? String(instant) : date.toLocaleString();
    }

    function tallyText(tally) {
        if (!tally) {
            return '';
        }
        var parts = ['approve ' + tally.approve, 'reject ' + tally.reject, 'abstain ' + tally.abstain,
            'request information ' + tally.requestInformation, 'toward quorum ' + tally.towardQuorum];
        (tally.groups || []).forEach(function (g) {
            parts.push(g.group + ' ' + g.approvals + ' of ' + g.needed + (g.met ? ' (met)' : ''));
        });
        return parts.join(' · ');
    }

    Panel.prototype.votesList = function (votes) {
        var text = this.text;
        if (!votes.length) {
            return dom.el('p', {'class': 'relman-cab-novotes'}, text.textNoVotes);
        }
        return dom.el('ul', {'class': 'relman-cab-votes'}, votes.map(function (v) {
            return dom.el('li', {'class': 'relman-cab-vote-item', 'data-vote': v.vote}, [
                dom.el('span', {'class': 'relman-cab-voter'}, who(v.voter)),
                v.onBehalfOf ? [' ', dom.el('span', {'class': 'relman-cab-behalf'},
                    dom.format(text.textOnBehalf, [who(v.onBehalfOf)]))] : null,
                ': ',
                dom.el('span', {'class': 'aui-lozenge relman-cab-kind'}, v.vote),
                v.changed ? [' ', dom.el('span', {'class': 'aui-lozenge aui-lozenge-subtle relman-cab-changed',
                    title: (v.history || []).map(function (h) { return h.vote + ' ' + when(h.castAt); }).join(', ')},
                    text.textChanged)] : null,
                ' ', dom.el('time', {datetime: v.castAt}, when(v.castAt)),
                v.comment ? dom.el('div', {'class': 'relman-cab-comment'}, v.comment) : null
            ]);
        }));
    };

    Panel.prototype.roundBody = function (round, current) {
        var lozenge = {approved: 'aui-lozenge-success', rejected: 'aui-lozenge-error',
            'more-information-needed': 'aui-lozenge-moved', superseded: 'aui-lozenge-subtle'};
        var outcome = round.decision || round.outcome;
        return [
            dom.el('p', {'class': 'relman-cab-outcome'}, [
                dom.el('span', {'class': 'aui-lozenge ' + (lozenge[outcome] || 'aui-lozenge-current'),
                    id: current ? 'relman-cab-outcome' : null}, outcome),
                ' ', dom.el('span', {'class': 'relman-cab-decision-reason'}, round.reason || '')]),
            round.tally ? dom.el('p', {'class': 'relman-cab-tally'}, tallyText(round.tally)) : null,
            this.votesList(round.votes || [])
        ];
    };

    Panel.prototype.renderRound = function (round) {
        var box = dom.clear(this.find('relman-cab-round'));
        if (!round) {
            box.hidden = false;
            box.appendChild(dom.el('p', {id: 'relman-cab-noround'}, this.text.textNoRound));
            return;
        }
        box.hidden = false;
        box.appendChild(dom.el('h4', {}, dom.format(this.text.textRound, [round.number])));
        this.roundBody(round, true).forEach(function (n) { if (n) { box.appendChild(n); } });
    };

    Panel.prototype.renderEarlier = function (rounds) {
        var box = dom.clear(this.find('relman-cab-earlier'));
        var self = this;
        if (!rounds.length) {
            return;
        }
        box.appendChild(dom.el('h4', {}, self.text.textEarlier));
        rounds.forEach(function (round) {
            box.appendChild(dom.el('details', {'class': 'relman-cab-earlier-round'}, [
                dom.el('summary', {}, dom.format(self.text.textRound, [round.number]) + ': ' + (round.decision || round.outcome)),
                self.roundBody(round, false)
            ]));
        });
    };

    Panel.prototype.renderViewer = function (state) {
        var viewer = state.viewer || {};
        var round = state.round;
        var mayVote = !!(viewer.mayVote && round && round.open);
        var reason = this.find('relman-cab-reason');
        reason.hidden = mayVote || !viewer.reason;
        dom.text(reason, mayVote ? '' : (viewer.reason || ''));
        this.form.hidden = !mayVote;
        this.find('relman-cab-submit').hidden = !viewer.maySubmit;
        this.find('relman-cab-close').hidden = !(viewer.mayCloseRound && round && round.open);
        if (mayVote) {
            this.renderSeats(viewer.seats || []);
        }
    };

    Panel.prototype.renderSeats = function (seats) {
        var select = dom.clear(this.find('relman-vote-seat'));
        seats.forEach(function (seat) {
            select.appendChild(dom.el('option', {value: seat.deputy ? seat.member.name : ''},
                who(seat.member) + (seat.currentVote ? ' (' + seat.currentVote.vote + ')' : '')));
        });
        this.find('relman-cab-seat-group').hidden = seats.length < 2;
        this.updateButton();
    };

    /** "Vote", or "Change vote" when the chosen seat has voted in this round already. */
    Panel.prototype.updateButton = function () {
        var seats = (this.state && this.state.viewer && this.state.viewer.seats) || [];
        var seat = seats[this.find('relman-vote-seat').selectedIndex] || seats[0];
        dom.text(this.find('relman-vote-button'), seat && seat.currentVote ? this.text.textChangeVote : this.text.textVote);
    };

    Panel.prototype.act = function (path, body, button) {
        var self = this;
        button.disabled = true;
        return relman.rest.send('POST', self.url + path, body).then(function (answer) {
            self.render(answer.panel);
            relman.messages.show(self.result, 'success', answer.message);
            return true;
        }, function (failure) {
            if (path === '/votes') {
                relman.forms.showErrors(self.form, failure, self.result);
            } else {
                relman.messages.show(self.result, 'error', failure.message);
            }
            return false;
        }).then(function (ok) {
            button.disabled = false;
            return ok;
        });
    };

    Panel.prototype.vote = function () {
        var form = this.form;
        var checked = form.querySelector('input[name="vote"]:checked');
        var comment = form.querySelector('#relman-vote-comment').value;
        var errors = [];
        if (!checked) {
            errors.push({field: 'vote', message: this.text.textChoose});
        } else if (checked.value === 'reject' && !comment.trim()) {
            errors.push({field: 'comment', message: this.text.textCommentRequired});
        }
        if (errors.length) {
            relman.forms.showErrors(form, {message: errors.map(function (e) { return e.message; }).join(' '),
                errors: errors.filter(function (e) { return e.field === 'comment'; })}, this.result);
            (errors[0].field === 'comment' ? form.querySelector('#relman-vote-comment') : form.querySelector('input[name="vote"]')).focus();
            return;
        }
        relman.forms.clearErrors(form);
        var seat = form.querySelector('#relman-vote-seat').value;
        var body = {vote: checked.value, comment: comment};
        if (seat) {
            body.onBehalfOf = seat;
        }
        this.act('/votes', body, form.querySelector('#relman-vote-button')).then(function (ok) {
            if (ok) {
                form.reset();
            }
        });
    };

    function start(root) {
        var panel = new Panel(root);
        panel.form.addEventListener('submit', function (event) {
            event.preventDefault();
            panel.vote();
        });
        panel.find('relman-vote-seat').addEventListener('change', function () { panel.updateButton(); });
        panel.find('relman-cab-submit').addEventListener('click', function (event) {
            panel.act('/submit', {}, event.currentTarget);
        });
        panel.find('relman-cab-close').addEventListener('click', function (event) {
            panel.act('/close-round', {}, event.currentTarget);
        });
        panel.load();
        global.setInterval(function () { panel.refresh(); }, REFRESH_MS);
    }

    relman.start('#relman-cab-panel', start);
}(window));
