package org.relman.change.domain;

/** Requirements §1.1: standard changes come from a pre-approved catalogue; emergency ones go to the emergency CAB. */
public enum ChangeType {
    STANDARD, NORMAL, EMERGENCY, MAJOR
}
