package org.relman.platform.adapter.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/** The Jira side of the platform ports, over a mocked SAL UserManager (Jira's services cannot run here). */
@ExtendWith(MockitoExtension.class)
class JiraPlatformAdaptersTest {
    private static final UserRef CONNIE = new UserRef("JIRAUSER10100", "connie", "Connie Config");

    @Mock
    UserManager userManager;
    @Mock
    UserProfile profile;

    @Test
    void anonymousRequestHasNoCurrentUser() {
        when(userManager.getRemoteUser()).thenReturn(null);

        assertThat(new SalCurrentUser(userManager).get()).isEmpty();
    }

    @Test
    void currentUserCarriesJirasUserKeyNotTheLoginName() {
        when(userManager.getRemoteUser()).thenReturn(profile);
        when(profile.getUserKey()).thenReturn(new UserKey("JIRAUSER10100"));
        when(profile.getUsername()).thenReturn("connie");
        when(profile.getFullName()).thenReturn("Connie Config");

        assertThat(new SalCurrentUser(userManager).get()).contains(CONNIE);
    }

    @Test
    void rolesAreHeldThroughRelmanGroups() {
        when(userManager.isUserInGroup(new UserKey("JIRAUSER10100"), "relman-configuration-manager")).thenReturn(true);

        assertThat(new JiraGroupRoles(userManager).hasRole(CONNIE, RelmanRole.CONFIGURATION_MANAGER)).isTrue();
        assertThat(JiraGroupRoles.groupFor(RelmanRole.SOFTWARE_LIBRARIAN)).isEqualTo("relman-software-librarian");
    }

    @Test
    void theRelmanAdministratorIsAJiraAdministrator() {
        when(userManager.isAdmin(new UserKey("JIRAUSER10100"))).thenReturn(true);

        assertThat(new JiraGroupRoles(userManager).hasRole(CONNIE, RelmanRole.ADMINISTRATOR)).isTrue();
    }
}
