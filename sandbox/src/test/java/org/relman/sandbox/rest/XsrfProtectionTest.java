package org.relman.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XsrfProtectionTest {

    @Test
    void jsonOrTheNoCheckHeaderPass() {
        assertThat(XsrfProtection.passes("POST", "application/json", null)).isTrue();
        assertThat(XsrfProtection.passes("PUT", "application/json; charset=UTF-8", null)).isTrue();
        assertThat(XsrfProtection.passes("PATCH", "application/merge-patch+json", null)).isTrue();
        assertThat(XsrfProtection.passes("POST", "application/x-www-form-urlencoded", "no-check")).isTrue();
        assertThat(XsrfProtection.passes("DELETE", null, "no-check")).isTrue();
    }

    @Test
    void whatAFormOnAnotherSiteCanSendIsRefused() {
        assertThat(XsrfProtection.passes("POST", "application/x-www-form-urlencoded", null)).isFalse();
        assertThat(XsrfProtection.passes("POST", "multipart/form-data; boundary=x", null)).isFalse();
        assertThat(XsrfProtection.passes("POST", "text/plain", null)).isFalse();
        assertThat(XsrfProtection.passes("DELETE", null, null)).isFalse();
        assertThat(XsrfProtection.passes("POST", "application/json", "check")).isTrue();
        assertThat(XsrfProtection.passes("POST", "not a type", null)).isFalse();
    }

    @Test
    void readingIsNeverRefused() {
        assertThat(XsrfProtection.passes("GET", "application/x-www-form-urlencoded", null)).isTrue();
        assertThat(XsrfProtection.passes("HEAD", null, null)).isTrue();
    }
}
