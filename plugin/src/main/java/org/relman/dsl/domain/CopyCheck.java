package org.relman.dsl.domain;

/**
 * The integrity check's finding on one copy. {@code actualSha256} is set when the file was read;
 * {@code rootLabel} names the storage root the copy was read under; {@code detail} says in words why a
 * copy was unreachable or not checkable (and is empty for a match).
 */
public record CopyCheck(CopyToCheck copy, CheckOutcome outcome, String actualSha256, String rootLabel, String detail) {
    public static CopyCheck match(CopyToCheck copy, String actual, String rootLabel) {
        return new CopyCheck(copy, CheckOutcome.MATCH, actual, rootLabel, "");
    }

    public static CopyCheck mismatch(CopyToCheck copy, String actual, String rootLabel) {
        return new CopyCheck(copy, CheckOutcome.MISMATCH, actual, rootLabel,
                "expected " + copy.expectedSha256() + " but the file's SHA-256 is " + actual);
    }

    public static CopyCheck unreachable(CopyToCheck copy, String rootLabel, String why) {
        return new CopyCheck(copy, CheckOutcome.UNREACHABLE, null, rootLabel, why);
    }

    public static CopyCheck notCheckable(CopyToCheck copy, String why) {
        return new CopyCheck(copy, CheckOutcome.NOT_CHECKABLE, null, null, why);
    }
}
