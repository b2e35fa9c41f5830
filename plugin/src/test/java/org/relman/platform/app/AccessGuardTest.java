package org.relman.platform.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

@ExtendWith(MockitoExtension.class)
class AccessGuardTest {
    private static final UserRef CONNIE = new UserRef("connie", "connie", "Connie Config");

    @Mock
    CurrentUser currentUser;
    @Mock
    RoleDirectory roles;

    @Test
    void asksAnonymousCallersToLogIn() {
        when(currentUser.get()).thenReturn(Optional.empty());

        assertThatThrownBy(() -> new AccessGuard(currentUser, roles).requireRole(RelmanRole.CMDB_READER, "read the CMDB"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.authenticated()).isFalse())
                .hasMessage("You need to log in to do this.");
    }

    @Test
    void namesTheMissingRoleAndTheAction() {
        when(currentUser.get()).thenReturn(Optional.of(CONNIE));

        assertThatThrownBy(() -> new AccessGuard(currentUser, roles).requireRole(RelmanRole.CONFIGURATION_MANAGER, "add configuration items"))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.authenticated()).isTrue())
                .hasMessage("Only a configuration manager may add configuration items.");
    }

    @Test
    void configurationManagersMayReadTheCmdbWithoutTheReaderRole() {
        when(currentUser.get()).thenReturn(Optional.of(CONNIE));
        when(roles.hasRole(CONNIE, RelmanRole.CMDB_READER)).thenReturn(false);
        when(roles.hasRole(CONNIE, RelmanRole.CONFIGURATION_MANAGER)).thenReturn(true);

        assertThat(new AccessGuard(currentUser, roles).requireRole(RelmanRole.CMDB_READER, "read the CMDB")).isEqualTo(CONNIE);
    }
}
