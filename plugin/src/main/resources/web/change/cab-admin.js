/*
 * CAB administration (templates/change/cabs.vm). Lists CABs from /change/cabs, creates and edits one
 * (members, decision rule), names and removes deputies through /change/deputies. Every value goes in as
 * text through relman.dom; field errors from the API appear next to the field they name.
 */
(function (global) {
    'use strict';

    var relman = global.relman;
    var dom = relman.dom;
    var KINDS = [['user', 'User'], ['group', 'Group'], ['project-role', 'Project role']];

    function CabAdmin(root) {
        this.root = root;
        this.rest = root.getAttribute('data-rest-base');
        this.messages = root.querySelector('#cab-messages');
        this.list = root.querySelector('#cab-list tbody');
        this.form = root.querySelector('#cab-form');
        this.members = root.querySelector('#cab-members tbody');
        this.minimums = root.querySelector('#cab-minimums tbody');
        this.deputyForm = root.querySelector('#deputy-form');
        this.deputyMessages = root.querySelector('#deputy-messages');
        this.deputies = root.querySelector('#deputy-list tbody');
        this.editing = null;
    }

    CabAdmin.prototype.begin = function () {
        var self = this;
        this.root.querySelector('#cab-new').addEventListener('click', function () { self.edit(null); });
        this.root.querySelector('#cab-cancel').addEventListener('click', function () { self.closeForm(); });
        this.root.querySelector('#cab-add-member').addEventListener('click', function () {
            self.addMember({kind: 'user'}).querySelector('input').focus();
        });
        this.root.querySelector('#cab-add-minimum').addEventListener('click', function () {
            self.addMinimum({}).querySelector('input').focus();
        });
        this.form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.save();
        });
        this.deputyForm.addEventListener('submit', function (event) {
            event.preventDefault();
            self.addDeputy();
        });
        this.root.querySelector('#deputy-show').addEventListener('click', function () {
            self.loadDeputies(self.deputyForm.querySelector('#deputy-member').value.trim());
        });
        this.load();
        this.loadDeputies('');
    };

    // ---- the list --------------------------------------------------------------------------------
    CabAdmin.prototype.load = function (focusId) {
        var self = this;
        return relman.rest.get(this.rest + '/change/cabs').then(function (cabs) {
            self.cabs = cabs || [];
            dom.clear(self.list);
            self.cabs.forEach(function (cab) { self.list.appendChild(self.row(cab)); });
            self.root.querySelector('#cab-none').hidden = self.cabs.length > 0;
            var focus = focusId && self.list.querySelector('button[data-edit="' + focusId + '"]');
            if (focus) {
                focus.focus();
            }
        }, function (failure) {
            relman.messages.show(self.messages, 'error', failure.message);
        });
    };

    CabAdmin.prototype.row = function (cab) {
        var self = this;
        var flags = [cab.emergency ? 'emergency' : '', cab.defaultCab ? 'default' : ''].filter(Boolean).join(', ');
        var members = (cab.members || []).map(function (m) {
            return m.label + (m.veto ? ' (veto)' : '') + (m.groupLabel ? ' [' + m.groupLabel + ']' : '');
        });
        var edit = dom.el('button', {type: 'button', 'class': 'aui-button aui-button-link', 'data-edit': cab.id}, 'Edit');
        edit.addEventListener('click', function () { self.edit(cab); });
        var name = dom.el('td', {'data-column': 'name'}, [dom.el('strong', {}, cab.name),
            cab.description ? dom.el('div', {'class': 'description'}, cab.description) : null]);
        return dom.el('tr', {'data-cab': cab.id}, [name, dom.el('td', {'data-column': 'flags'}, flags),
            dom.el('td', {'data-column': 'members'}, dom.el('ul', {}, members.map(function (m) { return dom.el('li', {}, m); }))),
            dom.el('td', {'data-column': 'rule'}, cab.rule && cab.rule.text), dom.el('td', {}, edit)]);
    };

    // ---- the form --------------------------------------------------------------------------------
    CabAdmin.prototype.edit = function (cab) {
        var form = this.form;
        this.editing = cab;
        relman.forms.clearErrors(form);
        relman.messages.clear(this.messages);
        dom.text(form.querySelector('#cab-form-heading'), cab ? 'Edit ' + cab.name : 'New CAB');
        form.querySelector('#cab-name').value = cab ? cab.name : '';
        form.querySelector('#cab-description').value = cab && cab.description || '';
        form.querySelector('#cab-emergency').checked = !!(cab && cab.emergency);
        form.querySelector('#cab-default').checked = !!(cab && cab.defaultCab);
        var rule = cab && cab.rule || {quorum: 3, minApprovals: 2, approvalPercent: 0, abstentionsInQuorum: false, groupMinimums: []};
        form.querySelector('#cab-quorum').value = numberText(rule.quorum);
        form.querySelector('#cab-min-approvals').value = numberText(rule.minApprovals);
        form.querySelector('#cab-percent').value = numberText(rule.approvalPercent);
        form.querySelector('#cab-abstentions').checked = !!rule.abstentionsInQuorum;
        dom.text(form.querySelector('#cab-rule-text'), rule.text || '');
        dom.clear(this.members);
        dom.clear(this.minimums);
        var self = this;
        (cab ? cab.members : [{kind: 'user'}]).forEach(function (m) { self.addMember(m); });
        (rule.groupMinimums || []).forEach(function (g) { self.addMinimum(g); });
        form.hidden = false;
        form.querySelector('#cab-form-heading').focus();
    };

    CabAdmin.prototype.closeForm = function () {
        this.form.hidden = true;
        this.editing = null;
        this.root.querySelector('#cab-new').focus();
    };

    CabAdmin.prototype.addMember = function (member) {
        var row = dom.el('tr', {'class': 'cab-member'});
        var kind = dom.el('select', {'class': 'select', 'aria-label': 'Kind of member', 'data-part': 'kind'},
            KINDS.map(function (k) { return dom.el('option', {value: k[0]}, k[1]); }));
        kind.value = member.kind || 'user';
        var who = dom.el('input', {'class': 'text', type: 'text', 'data-part': 'who', 'aria-label': 'User, group or project role id',
            value: member.kind === 'group' ? member.group : member.kind === 'project-role' ? member.projectRoleId : member.user});
        var roleName = dom.el('input', {'class': 'text', type: 'text', 'data-part': 'roleName', 'aria-label': 'Project role name',
            value: member.projectRoleName});
        var veto = dom.el('input', {'class': 'checkbox', type: 'checkbox', 'data-part': 'veto', 'aria-label': 'Veto'});
        veto.checked = !!member.veto;
        var label = dom.el('input', {'class': 'text', type: 'text', 'data-part': 'groupLabel', 'aria-label': 'Group label',
            value: member.groupLabel});
        var remove = dom.el('button', {type: 'button', 'class': 'aui-button aui-button-link'}, 'Remove');
        var self = this;
        remove.addEventListener('click', function () {
            row.parentNode.removeChild(row);
            self.renumber();
        });
        kind.addEventListener('change', function () { self.renumber(); });
        [kind, who, roleName, veto, label, remove].forEach(function (control) {
            row.appendChild(dom.el('td', {}, control));
        });
        this.members.appendChild(row);
        this.renumber();
        return row;
    };

    CabAdmin.prototype.addMinimum = function (minimum) {
        var row = dom.el('tr', {'class': 'cab-minimum'});
        var group = dom.el('input', {'class': 'text', type: 'text', 'data-part': 'group', 'aria-label': 'Group label', value: minimum.group});
        var count = dom.el('input', {'class': 'text short-field', type: 'number', min: '0', 'data-part': 'minApprovals',
            'aria-label': 'Minimum approvals from the group', value: numberText(minimum.minApprovals)});
        var remove = dom.el('button', {type: 'button', 'class': 'aui-button aui-button-link'}, 'Remove');
        var self = this;
        remove.addEventListener('click', function () {
            row.parentNode.removeChild(row);
            self.renumber();
        });
        [group, count, remove].forEach(function (control) { row.appendChild(dom.el('td', {}, control)); });
        this.minimums.appendChild(row);
        this.renumber();
        return row;
    };

    /** Names each row's controls like the API's field names (members[2].user), so errors land next to them. */
    CabAdmin.prototype.renumber = function () {
        Array.prototype.forEach.call(this.members.querySelectorAll('tr'), function (row, i) {
            var kind = row.querySelector('[data-part=kind]').value;
            var whoField = kind === 'group' ? 'group' : kind === 'project-role' ? 'projectRoleId' : 'user';
            setName(row, 'kind', 'members[' + i + '].kind');
            setName(row, 'who', 'members[' + i + '].' + whoField);
            setName(row, 'roleName', 'members[' + i + '].projectRoleName');
            setName(row, 'veto', 'members[' + i + '].veto');
            setName(row, 'groupLabel', 'members[' + i + '].groupLabel');
            row.querySelector('[data-part=roleName]').disabled = kind !== 'project-role';
        });
        Array.prototype.forEach.call(this.minimums.querySelectorAll('tr'), function (row, i) {
            setName(row, 'group', 'rule.groupMinimums[' + i + '].group');
            setName(row, 'minApprovals', 'rule.groupMinimums[' + i + '].minApprovals');
        });
    };

    function setName(row, part, name) {
        var control = row.querySelector('[data-part=' + part + ']');
        control.setAttribute('name', name);
        control.id = 'cab-' + name.replace(/[^A-Za-z0-9]+/g, '-');
    }

    CabAdmin.prototype.request = function () {
        var form = this.form;
        var members = Array.prototype.map.call(this.members.querySelectorAll('tr'), function (row) {
            var kind = row.querySelector('[data-part=kind]').value;
            var who = row.querySelector('[data-part=who]').value.trim();
            var member = {kind: kind, veto: row.querySelector('[data-part=veto]').checked,
                groupLabel: row.querySelector('[data-part=groupLabel]').value.trim() || null};
            if (kind === 'group') {
                member.group = who;
            } else if (kind === 'project-role') {
                member.projectRoleId = who === '' ? null : Number(who);
                member.projectRoleName = row.querySelector('[data-part=roleName]').value.trim();
            } else {
                member.user = who;
            }
            return member;
        });
        var minimums = Array.prototype.map.call(this.minimums.querySelectorAll('tr'), function (row) {
            return {group: row.querySelector('[data-part=group]').value.trim(),
                minApprovals: numberOrNull(row.querySelector('[data-part=minApprovals]').value)};
        });
        return {
            name: form.querySelector('#cab-name').value.trim(),
            description: form.querySelector('#cab-description').value.trim(),
            emergency: form.querySelector('#cab-emergency').checked,
            defaultCab: form.querySelector('#cab-default').checked,
            rule: {quorum: numberOrNull(form.querySelector('#cab-quorum').value),
                minApprovals: numberOrNull(form.querySelector('#cab-min-approvals').value),
                approvalPercent: numberOrNull(form.querySelector('#cab-percent').value),
                abstentionsInQuorum: form.querySelector('#cab-abstentions').checked, groupMinimums: minimums},
            members: members
        };
    };

    CabAdmin.prototype.save = function () {
        var self = this;
        var editing = this.editing;
        var url = this.rest + '/change/cabs' + (editing ? '/' + relman.rest.segment(editing.id) : '');
        relman.forms.clearErrors(this.form);
        relman.rest.send(editing ? 'PUT' : 'POST', url, this.request()).then(function (cab) {
            self.form.hidden = true;
            self.editing = null;
            relman.messages.show(self.messages, 'success', 'Saved ' + cab.name + '. ' + (cab.rule && cab.rule.text || ''));
            self.load(cab.id);
        }, function (failure) {
            relman.forms.showErrors(self.form, failure, self.messages);
            var first = self.form.querySelector('[aria-invalid=true]');
            if (first) {
                first.focus();
            }
        });
    };

    // ---- deputies --------------------------------------------------------------------------------
    CabAdmin.prototype.loadDeputies = function (member) {
        var self = this;
        relman.rest.get(relman.rest.url(this.rest + '/change/deputies', {member: member})).then(function (deputies) {
            dom.clear(self.deputies);
            (deputies || []).forEach(function (d) {
                var remove = dom.el('button', {type: 'button', 'class': 'aui-button aui-button-link'}, 'Remove');
                remove.addEventListener('click', function () { self.removeDeputy(d, member); });
                self.deputies.appendChild(dom.el('tr', {'data-deputy': d.id}, [
                    dom.el('td', {}, person(d.member)), dom.el('td', {}, person(d.deputy)),
                    dom.el('td', {}, when(d.from)), dom.el('td', {}, when(d.to)), dom.el('td', {}, remove)]));
            });
        }, function (failure) {
            relman.messages.show(self.deputyMessages, 'error', failure.message);
        });
    };

    CabAdmin.prototype.addDeputy = function () {
        var self = this;
        var form = this.deputyForm;
        var body = {member: form.querySelector('#deputy-member').value.trim() || null,
            deputy: form.querySelector('#deputy-deputy').value.trim(),
            from: form.querySelector('#deputy-from').value || null, to: form.querySelector('#deputy-to').value || null};
        relman.forms.clearErrors(form);
        relman.rest.send('POST', this.rest + '/change/deputies', body).then(function (d) {
            relman.messages.show(self.deputyMessages, 'success',
                person(d.deputy) + ' stands in for ' + person(d.member) + ' from ' + when(d.from) + ' to ' + when(d.to) + '.');
            self.loadDeputies(body.member || '');
        }, function (failure) {
            relman.forms.showErrors(form, failure, self.deputyMessages);
        });
    };

    CabAdmin.prototype.removeDeputy = function (deputy, member) {
        var self = this;
        relman.rest.send('DELETE', this.rest + '/change/deputies/' + relman.rest.segment(deputy.id)).then(function () {
            relman.messages.show(self.deputyMessages, 'success', person(deputy.deputy) + ' no longer stands in for '
                + person(deputy.member) + '.');
            self.loadDeputies(member);
        }, function (failure) {
            relman.messages.show(self.deputyMessages, 'error', failure.message);
        });
    };

    function person(user) {
        return user ? (user.displayName || user.name) + (user.name ? ' (' + user.name + ')' : '') : '';
    }

    function numberText(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    function numberOrNull(text) {
        return String(text).trim() === '' ? null : Number(text);
    }

    function when(iso) {
        if (!iso) {
            return '';
        }
        var date = new Date(iso);
        return isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
    }

    relman.start('#relman-cabs', function (root) { new CabAdmin(root).begin(); });
}(window));
