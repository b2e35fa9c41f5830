package org.relman.platform.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.app.CurrentUser;
import org.relman.platform.app.RoleDirectory;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

class HasRelmanRoleConditionTest {

    private static final UserRef RITA = new UserRef("rita", "rita", "Rita");
    private static final UserRef CONNIE = new UserRef("connie", "connie", "Connie");
    private static final UserRef GUEST = new UserRef("guest", "guest", "Guest");

    private final RoleDirectory roles = (user, role) -> switch (user.name()) {
        case "rita" -> role == RelmanRole.CMDB_READER;
        case "connie" -> Set.of(RelmanRole.CONFIGURATION_MANAGER).contains(role);
        default -> false;
    };

    private boolean shownTo(UserRef user, String role) {
        CurrentUser current = () -> Optional.ofNullable(user);
        HasRelmanRoleCondition condition = new HasRelmanRoleCondition(current, new AccessGuard(current, roles));
        condition.init(Map.of("role", role));
        return condition.shouldDisplay(Map.of());
    }

    @Test
    void theCmdbLinkShowsToReadersAndToThoseWhoseRoleImpliesReading() {
        assertThat(shownTo(RITA, "cmdb-reader")).isTrue();
        assertThat(shownTo(CONNIE, "cmdb-reader")).isTrue();
    }

    @Test
    void theLinkIsHiddenFromOthersAndFromAnonymousVisitors() {
        assertThat(shownTo(GUEST, "cmdb-reader")).isFalse();
        assertThat(shownTo(null, "cmdb-reader")).isFalse();
        assertThat(shownTo(RITA, "configuration-manager")).isFalse();
    }

    @Test
    void severalRolesShowTheLinkToAHolderOfAnyOfThem() {
        assertThat(shownTo(CONNIE, "change-manager, configuration-manager")).isTrue();
        assertThat(shownTo(RITA, "change-manager,administrator")).isFalse();
        assertThat(shownTo(null, "change-manager,administrator")).isFalse();
    }

    @Test
    void aDescriptorNamingNoRoleOrAnUnknownOneFailsAtInitWithTheReason() {
        CurrentUser nobody = Optional::empty;
        HasRelmanRoleCondition condition = new HasRelmanRoleCondition(nobody, new AccessGuard(nobody, roles));

        assertThatThrownBy(() -> condition.init(Map.of())).hasMessageContaining("<param name=\"role\">");
        assertThatThrownBy(() -> condition.init(Map.of("role", "cmdb-owner"))).hasMessageContaining("'cmdb-owner'");
        assertThatThrownBy(() -> condition.init(Map.of("role", "change-manager,cab-boss"))).hasMessageContaining("'cab-boss'");
    }
}
