package org.relman.change.domain;

import java.util.Objects;

/**
 * A place at the CAB's table a user may fill on one RFC: their own ({@code deputy} false) or a member's
 * they stand in for. {@code veto} and {@code group} are the member's, so a deputy's vote weighs the same.
 */
public record Seat(String memberKey, String memberName, boolean deputy, boolean veto, String group) {
    public Seat {
        Objects.requireNonNull(memberKey, "memberKey");
        memberName = memberName == null ? memberKey : memberName;
    }
}
