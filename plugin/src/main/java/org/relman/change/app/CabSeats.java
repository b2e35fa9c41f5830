package org.relman.change.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.change.domain.Cab;
import org.relman.change.domain.CabMember;
import org.relman.change.domain.Deputy;
import org.relman.change.domain.MemberKind;
import org.relman.change.domain.Seat;
import org.relman.platform.app.GroupDirectory;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.UserRef;

/**
 * Which seats of a CAB a user may fill on an RFC: their own, and those of members who named them deputy.
 * A user matched by several entries holds one seat: it vetoes if any entry vetoes, and takes its group
 * label from the first labelled entry, user entries before groups before project roles.
 */
@Named
public class CabSeats {
    private static final List<MemberKind> PRECEDENCE = List.of(MemberKind.USER, MemberKind.GROUP, MemberKind.PROJECT_ROLE);

    private final GroupDirectory groups;
    private final UserDirectory users;

    @Inject
    public CabSeats(GroupDirectory groups, UserDirectory users) {
        this.groups = groups;
        this.users = users;
    }

    /** The user's own seat on the CAB for an RFC in {@code projectKey}, if any entry makes them a member. */
    public Optional<Seat> ownSeat(UserRef user, Cab cab, String projectKey) {
        boolean member = false;
        boolean veto = false;
        String label = null;
        for (MemberKind kind : PRECEDENCE) {
            for (CabMember entry : cab.members()) {
                if (entry.kind() == kind && matches(user, entry, projectKey)) {
                    member = true;
                    veto |= entry.veto();
                    label = label == null ? entry.groupLabel() : label;
                }
            }
        }
        return member ? Optional.of(new Seat(user.key(), user.displayName(), false, veto, label)) : Optional.empty();
    }

    /** Own seat first, then the seats of members the user stands in for through {@code actingFor}. */
    public List<Seat> seats(UserRef user, Cab cab, String projectKey, List<Deputy> actingFor) {
        Map<String, Seat> seats = new LinkedHashMap<>();
        ownSeat(user, cab, projectKey).ifPresent(seat -> seats.put(seat.memberKey(), seat));
        for (Deputy deputy : actingFor) {
            if (seats.containsKey(deputy.memberKey()) || !deputy.deputyKey().equals(user.key())) {
                continue;
            }
            users.byKey(deputy.memberKey()).flatMap(member -> ownSeat(member, cab, projectKey))
                    .ifPresent(seat -> seats.put(seat.memberKey(),
                            new Seat(seat.memberKey(), seat.memberName(), true, seat.veto(), seat.group())));
        }
        return new ArrayList<>(seats.values());
    }

    private boolean matches(UserRef user, CabMember entry, String projectKey) {
        return switch (entry.kind()) {
            case USER -> user.key().equals(entry.userKey());
            case GROUP -> groups.isInGroup(user, entry.groupName());
            case PROJECT_ROLE -> projectKey != null && entry.projectRoleId() != null
                    && groups.hasProjectRole(user, projectKey, entry.projectRoleId());
        };
    }
}
