package org.relman.cmdb.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relman.platform.domain.FieldError;
import org.relman.platform.domain.InvalidInputException;

class ImpactQueryTest {

    @Test
    void defaultsToDownstreamThreeLevelsAndAThousandCis() {
        ImpactQuery query = ImpactQuery.validate(Arrays.asList(" db-1 ", "DB-1", null, "app-2"), null, null, null);

        assertThat(query.keys()).containsExactly("DB-1", "APP-2");
        assertThat(query.direction()).isEqualTo(ImpactDirection.DOWNSTREAM);
        assertThat(query.depth()).isEqualTo(3);
        assertThat(query.limit()).isEqualTo(1000);
    }

    @Test
    void namesEveryFieldOutOfRange() {
        assertThatThrownBy(() -> ImpactQuery.validate(List.of(), "sideways", 11, 5001))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("keys", "direction", "depth", "limit"))
                .hasMessageContaining("depth must be between 1 and 10 (it is 11)")
                .hasMessageContaining("limit must be between 1 and 5000 (it is 5001)");
    }

    @Test
    void acceptsUpstreamInAnyCase() {
        assertThat(ImpactQuery.validate(List.of("A"), "UpStream", 10, 5000).direction()).isEqualTo(ImpactDirection.UPSTREAM);
    }
}
