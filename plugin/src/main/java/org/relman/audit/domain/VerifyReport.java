package org.relman.audit.domain;

/**
 * The answer of a chain check: intact with the number of entries and the newest hash (which can be noted
 * elsewhere to detect a cut-off tail later), or the first entry that no longer matches and why.
 */
public record VerifyReport(boolean intact, long entries, Long brokenAt, String problem, long headSeq, String headHash) {

    public String message() {
        return intact ? "intact: " + entries + (entries == 1 ? " entry" : " entries")
                : "broken at entry " + brokenAt + ": " + problem;
    }
}
