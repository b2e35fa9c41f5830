package org.relman.cmdb.domain;

/** The few fields of a configuration item that lists and graphs show. */
public record CiSummary(String key, String name, String type, String environment, CiStatus status) {
}
