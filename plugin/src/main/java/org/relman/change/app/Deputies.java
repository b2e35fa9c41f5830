package org.relman.change.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.relman.audit.app.ChangeLog;
import org.relman.audit.domain.ChangeLogEntry;
import org.relman.change.domain.Deputy;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.NotFoundException;
import org.relman.platform.domain.TextRules;
import org.relman.platform.domain.UserRef;

/**
 * Deputies (requirements §1.5): a member names who votes in their place for a period. Members name their
 * own; a change manager may name one for any member. Times are ISO-8601 instants, or dates (UTC): a
 * {@code to} date includes that whole day.
 */
@Named
public class Deputies {
    private final ChangeAccess access;
    private final DeputyStore deputies;
    private final UserDirectory users;
    private final ChangeLog log;
    private final ChangeTransaction tx;

    @Inject
    public Deputies(ChangeAccess access, DeputyStore deputies, UserDirectory users, ChangeLog log, ChangeTransaction tx) {
        this.access = access;
        this.deputies = deputies;
        this.users = users;
        this.log = log;
        this.tx = tx;
    }

    /** @param member login name of the member; empty for oneself */
    public record DeputyInput(String member, String deputy, String from, String to) {
    }

    public record DeputyView(Deputy deputy, UserRef member, UserRef deputyUser, boolean activeNow) {
    }

    /** The deputies a member named (oneself when {@code member} is empty). */
    public List<DeputyView> list(String member) {
        UserRef user = access.requireUser();
        UserRef whose = member == null || member.isBlank() ? user
                : users.byName(member).orElseThrow(() -> new NotFoundException("No user is named " + member + "."));
        Names names = new Names(users);
        Instant now = Instant.now();
        return deputies.ofMember(whose.key()).stream().map(d -> view(d, names, now)).toList();
    }

    public DeputyView add(DeputyInput input) {
        UserRef user = access.requireUser();
        DeputyInput given = input == null ? new DeputyInput(null, null, null, null) : input;
        UserRef member = user;
        if (given.member() != null && !given.member().isBlank() && !given.member().strip().equals(user.name())) {
            access.requireChangeManager("name a deputy for another member");
            member = users.byName(given.member()).orElse(null);
        }
        TextRules rules = new TextRules();
        if (member == null) {
            rules.reject("member", "no user is named " + given.member().strip() + ".");
        }
        String deputyName = rules.required("deputy", given.deputy(), 255);
        UserRef deputy = deputyName == null ? null : users.byName(deputyName).orElse(null);
        if (deputyName != null && deputy == null) {
            rules.reject("deputy", "no user is named " + deputyName + ".");
        } else if (deputy != null && member != null && deputy.key().equals(member.key())) {
            rules.reject("deputy", "a member cannot be their own deputy.");
        }
        Instant from = given.from() == null || given.from().isBlank() ? Instant.now() : time(rules, "from", given.from(), false);
        Instant to = time(rules, "to", given.to(), true);
        if (from != null && to != null && !to.isAfter(from)) {
            rules.reject("to", "to must be after from.");
        }
        rules.check();
        UserRef whose = member;
        return tx.run(() -> {
            Deputy added = deputies.add(whose.key(), deputy.key(), from, to);
            log.append(ChangeLogEntry.of(ChangeEvents.DEPUTY_NAMED, null, user.key()).with("member", whose.key())
                    .with("deputy", deputy.key()).with("from", from).with("to", to));
            return view(added, new Names(users), Instant.now());
        });
    }

    public void remove(long id) {
        UserRef user = access.requireUser();
        Deputy deputy = deputies.find(id).orElseThrow(() -> new NotFoundException("No deputy has the id " + id + "."));
        if (!deputy.memberKey().equals(user.key()) && !access.isChangeManager(user)) {
            throw AccessDeniedException.because("Only the member who named a deputy, or a change manager, may remove it.");
        }
        tx.run(() -> {
            deputies.remove(id);
            log.append(ChangeLogEntry.of(ChangeEvents.DEPUTY_REMOVED, null, user.key()).with("member", deputy.memberKey())
                    .with("deputy", deputy.deputyKey()));
            return null;
        });
    }

    private static Instant time(TextRules rules, String field, String text, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            rules.reject(field, field + " is required.");
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(text.strip());
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                rules.reject(field, field + " must be an ISO-8601 date (2026-03-01) or instant (2026-03-01T08:00:00Z).");
                return null;
            }
        }
    }

    private static DeputyView view(Deputy deputy, Names names, Instant now) {
        return new DeputyView(deputy, names.user(deputy.memberKey()), names.user(deputy.deputyKey()), deputy.covers(now));
    }
}
