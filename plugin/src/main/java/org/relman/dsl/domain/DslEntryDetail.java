package org.relman.dsl.domain;

import java.util.List;

/** An entry with its copies (primary first) and its state history (oldest first). */
public record DslEntryDetail(DslEntry entry, List<DslCopy> copies, List<StateChange> history) {
    public DslEntryDetail {
        copies = List.copyOf(copies);
        history = List.copyOf(history);
    }
}
