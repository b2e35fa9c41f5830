package org.relman.sandbox.auth;

import static org.relman.platform.domain.RelmanRole.ADMINISTRATOR;
import static org.relman.platform.domain.RelmanRole.CAB_MEMBER;
import static org.relman.platform.domain.RelmanRole.CHANGE_MANAGER;
import static org.relman.platform.domain.RelmanRole.CMDB_READER;
import static org.relman.platform.domain.RelmanRole.CONFIGURATION_MANAGER;
import static org.relman.platform.domain.RelmanRole.RELEASE_MANAGER;
import static org.relman.platform.domain.RelmanRole.SOFTWARE_LIBRARIAN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.relman.platform.app.RoleDirectory;
import org.relman.platform.app.UserDirectory;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * The people of requirements §1–§2, one of each, so every screen can be tried as the person it
 * is for. Every seeded user may read the CMDB. Also the sandbox's {@link RoleDirectory}: in Jira
 * roles come from group membership, here from this list. User keys are the usernames.
 */
public final class SeededUsers implements RoleDirectory {

    private final Map<String, SeededUser> byUsername = new LinkedHashMap<>();

    public SeededUsers() {
        add("admin", "Administrator", "relman administrator", ADMINISTRATOR);
        add("rita", "Rita Alvarez", "files RFCs (no relman role)");
        add("carl", "Carl Jensen", "CAB member", CAB_MEMBER);
        add("cathy", "Cathy Okafor", "CAB member", CAB_MEMBER);
        add("cole", "Cole Whitaker", "CAB member", CAB_MEMBER);
        add("chris", "Chris Nakamura", "change manager, chairs the CAB", CHANGE_MANAGER, CAB_MEMBER);
        add("rob", "Rob Lindqvist", "release manager", RELEASE_MANAGER);
        add("connie", "Connie Fischer", "configuration manager, keeps the CMDB", CONFIGURATION_MANAGER);
        add("libby", "Libby Moreau", "software librarian, keeps the DSL", SOFTWARE_LIBRARIAN);
    }

    /**
     * Test hook for load tests over HTTP (never used by the sandbox's command line): {@code count} more CAB
     * members {@code voter01}, {@code voter02}, … (password = username), so a CAB can have more than four seats.
     */
    public SeededUsers withLoadTestVoters(int count) {
        for (int i = 1; i <= count; i++) {
            String name = String.format(Locale.ROOT, "voter%02d", i);
            add(name, "Voter " + i, "load-test CAB member", CAB_MEMBER);
        }
        return this;
    }

    private void add(String username, String displayName, String whatFor, RelmanRole... roles) {
        EnumSet<RelmanRole> held = EnumSet.of(CMDB_READER, roles);
        byUsername.put(username, new SeededUser(username, displayName, whatFor, held));
    }

    public List<SeededUser> all() {
        return List.copyOf(byUsername.values());
    }

    public Optional<SeededUser> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byUsername.get(username.trim().toLowerCase(Locale.ROOT)));
    }

    /** The user whose password this is; the same answer (empty) whichever part was wrong. */
    public Optional<SeededUser> authenticate(String username, String password) {
        Optional<SeededUser> user = find(username);
        String expected = user.map(SeededUser::username).orElse("\u0000no such user");
        boolean matches = MessageDigest.isEqual(bytes(expected), bytes(password == null ? "" : password));
        return matches ? user : Optional.empty();
    }

    /** The same users as the sandbox's {@link UserDirectory}; a separate object so each port has one bean. */
    public UserDirectory directory() {
        return new UserDirectory() {
            @Override
            public Optional<UserRef> byName(String username) {
                return find(username).map(SeededUser::ref);
            }

            @Override
            public Optional<UserRef> byKey(String userKey) {
                return find(userKey).map(SeededUser::ref);
            }
        };
    }

    @Override
    public boolean hasRole(UserRef user, RelmanRole role) {
        return user != null && find(user.key()).map(u -> u.roles().contains(role)).orElse(false);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
