package org.relman.change.domain;

/** Why a voting round opened. Stored in CAB_ROUND.OPEN_REASON by name. */
public enum OpenReason {
    SUBMITTED("submitted"),
    MATERIAL_EDIT("material edit"),
    RESUBMITTED("resubmitted");

    private final String words;

    OpenReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
