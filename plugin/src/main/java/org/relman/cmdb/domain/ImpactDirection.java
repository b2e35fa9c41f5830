package org.relman.cmdb.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which way impact analysis walks. relman's convention, for every relationship type: <b>the source relies on the
 * target</b> ("APP-1 depends on DB-1", "APP-1 runs on SRV-1", "NODE-1 is part of CLUSTER-1", "A connected to B"),
 * so a change to the target impacts the source.
 * <ul>
 *   <li>{@link #DOWNSTREAM}: what a change to the CI impacts, i.e. everything that relies on it, directly or not:
 *       from a CI to the sources of the relationships that point at it. A change to DB-1 impacts APP-1.</li>
 *   <li>{@link #UPSTREAM}: what the CI relies on: from a CI to the targets of its relationships. APP-1 relies on DB-1;
 *       a change to anything upstream of a CI may impact it.</li>
 * </ul>
 * A relationship that should carry impact both ways (two peers connected to each other) is recorded twice, once in
 * each direction.
 */
public enum ImpactDirection {
    DOWNSTREAM, UPSTREAM;

    public static Optional<ImpactDirection> parse(String text) {
        return Arrays.stream(values()).filter(d -> d.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
