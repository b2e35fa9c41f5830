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
import org.relman.platform.domain.UserRef;

/** Users by login name (what admins type) and by key (what relman stores), over a mocked SAL UserManager. */
@ExtendWith(MockitoExtension.class)
class SalUserDirectoryTest {
    @Mock
    UserManager userManager;
    @Mock
    UserProfile profile;

    private void carl() {
        when(profile.getUserKey()).thenReturn(new UserKey("JIRAUSER10200"));
        when(profile.getUsername()).thenReturn("carl");
        when(profile.getFullName()).thenReturn("Carl CAB");
    }

    @Test
    void findsAUserByLoginNameWithJirasKey() {
        carl();
        when(userManager.getUserProfile("carl")).thenReturn(profile);

        assertThat(new SalUserDirectory(userManager).byName(" carl ")).contains(new UserRef("JIRAUSER10200", "carl", "Carl CAB"));
    }

    @Test
    void findsAUserByKey() {
        carl();
        when(userManager.getUserProfile(new UserKey("JIRAUSER10200"))).thenReturn(profile);

        assertThat(new SalUserDirectory(userManager).byKey("JIRAUSER10200")).map(UserRef::displayName).contains("Carl CAB");
    }

    @Test
    void unknownOrBlankUsersAreEmpty() {
        assertThat(new SalUserDirectory(userManager).byName("ghost")).isEmpty();
        assertThat(new SalUserDirectory(userManager).byName(" ")).isEmpty();
        assertThat(new SalUserDirectory(userManager).byKey(null)).isEmpty();
    }
}
