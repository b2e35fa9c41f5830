package org.relman.change.app;

import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.audit.app.ChangeLog;
import org.relman.audit.domain.ChangeLogEntry;
import org.relman.change.domain.Cab;
import org.relman.change.domain.CabDefinition;
import org.relman.change.domain.CabMember;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.ConflictException;
import org.relman.platform.domain.InvalidInputException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.UserRef;

/**
 * Creating and editing CABs: members, decision rule, the emergency and default flags. Anyone logged in may
 * read a CAB (the panel shows its rule); changing one needs a change manager or a relman administrator.
 * There is at most one emergency CAB and one default CAB; a second is refused naming the holder.
 */
@Named
public class CabAdministration {
    private final ChangeAccess access;
    private final CabStore cabs;
    private final UserDirectory users;
    private final ChangeLog log;
    private final ChangeTransaction tx;

    @Inject
    public CabAdministration(ChangeAccess access, CabStore cabs, UserDirectory users, ChangeLog log, ChangeTransaction tx) {
        this.access = access;
        this.cabs = cabs;
        this.users = users;
        this.log = log;
        this.tx = tx;
    }

    /** A CAB with the names people read for each member entry. */
    public record CabView(Cab cab, List<MemberView> members) {
    }

    /** @param user the member's user for a user entry, else null */
    public record MemberView(CabMember member, String label, UserRef user) {
    }

    public List<CabView> list() {
        access.requireUser();
        Names names = new Names(users);
        return cabs.all().stream().map(cab -> view(cab, names)).toList();
    }

    public CabView get(long id) {
        access.requireUser();
        return view(find(id), new Names(users));
    }

    public CabView create(CabDefinition.Input input) {
        UserRef user = access.requireChangeManager("administer CABs");
        CabDefinition definition = validate(input);
        return tx.run(() -> {
            checkUnique(definition, null);
            Cab cab = cabs.create(definition);
            log.append(saved(cab, user, "created"));
            return view(cab, new Names(users));
        });
    }

    public CabView update(long id, CabDefinition.Input input) {
        UserRef user = access.requireChangeManager("administer CABs");
        CabDefinition definition = validate(input);
        return tx.run(() -> {
            find(id);
            checkUnique(definition, id);
            Cab cab = cabs.update(id, definition);
            log.append(saved(cab, user, "updated"));
            return view(cab, new Names(users));
        });
    }

    public void delete(long id) {
        UserRef user = access.requireChangeManager("administer CABs");
        tx.run(() -> {
            Cab cab = find(id);
            if (cabs.hasRounds(id)) {
                throw new ConflictException("id", cab.name() + " has voting rounds, which must stay readable; it cannot be deleted.");
            }
            cabs.delete(id);
            log.append(ChangeLogEntry.of(ChangeEvents.CAB_DELETED, null, user.key()).with("cab", cab.name()));
            return null;
        });
    }

    private CabDefinition validate(CabDefinition.Input input) {
        if (input == null) {
            throw new InvalidInputException("request", "A CAB is required in the request body.");
        }
        return CabDefinition.validate(input, name -> users.byName(name).map(UserRef::key));
    }

    private void checkUnique(CabDefinition definition, Long self) {
        Optional<Cab> sameName = cabs.findByName(definition.name());
        if (sameName.isPresent() && !Long.valueOf(sameName.get().id()).equals(self)) {
            throw new ConflictException("name", "name " + definition.name() + " is already used by another CAB.");
        }
        if (definition.emergency()) {
            cabs.emergency().filter(c -> !Long.valueOf(c.id()).equals(self)).ifPresent(c -> {
                throw new ConflictException("emergency", c.name() + " is the emergency CAB already; unflag it first.");
            });
        }
        if (definition.defaultCab()) {
            cabs.defaultCab().filter(c -> !Long.valueOf(c.id()).equals(self)).ifPresent(c -> {
                throw new ConflictException("defaultCab", c.name() + " is the default CAB already; unflag it first.");
            });
        }
    }

    private Cab find(long id) {
        return cabs.find(id).orElseThrow(() -> new NotFoundException("No CAB has the id " + id + "."));
    }

    private static ChangeLogEntry saved(Cab cab, UserRef user, String what) {
        return ChangeLogEntry.of(ChangeEvents.CAB_SAVED, null, user.key())
                .with("cab", cab.name()).with("change", what)
                .with("emergency", cab.emergency()).with("default", cab.defaultCab())
                .with("rule", cab.rule().describe())
                .with("members", cab.members().size());
    }

    static CabView view(Cab cab, Names names) {
        return new CabView(cab, cab.members().stream().map(m -> switch (m.kind()) {
            case USER -> new MemberView(m, names.name(m.userKey()), names.user(m.userKey()));
            case GROUP -> new MemberView(m, "group " + m.groupName(), null);
            case PROJECT_ROLE -> new MemberView(m, "project role " + (m.projectRoleName() == null
                    ? "#" + m.projectRoleId() : m.projectRoleName()) + " of the RFC's project", null);
        }).toList());
    }
}
