package org.relman.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relman.platform.domain.RelmanRole.CAB_MEMBER;
import static org.relman.platform.domain.RelmanRole.CHANGE_MANAGER;
import static org.relman.platform.domain.RelmanRole.CMDB_READER;
import static org.relman.platform.domain.RelmanRole.CONFIGURATION_MANAGER;

import org.junit.jupiter.api.Test;
import org.relman.platform.domain.UserRef;

class SeededUsersTest {

    private final SeededUsers users = new SeededUsers();

    @Test
    void passwordIsTheUsername() {
        assertThat(users.authenticate("connie", "connie")).map(SeededUser::displayName).hasValue("Connie Fischer");
        assertThat(users.authenticate("Connie", "connie")).isPresent();
        assertThat(users.authenticate("connie", "Connie")).isEmpty();
        assertThat(users.authenticate("nobody", "nobody")).isEmpty();
        assertThat(users.authenticate("connie", null)).isEmpty();
        assertThat(users.authenticate(null, null)).isEmpty();
    }

    @Test
    void everyoneReadsTheCmdbAndTheRequesterHoldsNothingElse() {
        assertThat(users.all()).allSatisfy(u -> assertThat(u.roles()).contains(CMDB_READER));
        assertThat(users.find("rita").orElseThrow().roles()).containsExactly(CMDB_READER);
    }

    @Test
    void rolesAreThoseOfTheRequirements() {
        assertThat(users.hasRole(ref("chris"), CHANGE_MANAGER)).isTrue();
        assertThat(users.hasRole(ref("chris"), CAB_MEMBER)).isTrue();
        assertThat(users.hasRole(ref("carl"), CAB_MEMBER)).isTrue();
        assertThat(users.hasRole(ref("carl"), CHANGE_MANAGER)).isFalse();
        assertThat(users.hasRole(ref("connie"), CONFIGURATION_MANAGER)).isTrue();
        assertThat(users.hasRole(ref("rita"), CONFIGURATION_MANAGER)).isFalse();
        assertThat(users.hasRole(new UserRef("ghost", "ghost", null), CMDB_READER)).isFalse();
        assertThat(users.all()).extracting(SeededUser::username)
                .containsExactly("admin", "rita", "carl", "cathy", "cole", "chris", "rob", "connie", "libby");
    }

    private UserRef ref(String username) {
        return users.find(username).orElseThrow().ref();
    }
}
