package org.relman.dsl.domain;

/** A copy the integrity check visits, with what it needs to say which entry it belongs to. */
public record CopyToCheck(long copyId, long entryId, String name, String version, String expectedSha256,
                          String location, boolean primary) {
}
