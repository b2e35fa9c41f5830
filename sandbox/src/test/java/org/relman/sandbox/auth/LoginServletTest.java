package org.relman.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginServletTest {

    @Test
    void destinationStaysOnThisServer() {
        assertThat(LoginServlet.safeDestination("/browse/CHG-1?x=1")).isEqualTo("/browse/CHG-1?x=1");
        assertThat(LoginServlet.safeDestination("//attacker.example/")).isEqualTo("/");
        assertThat(LoginServlet.safeDestination("/\\attacker.example")).isEqualTo("/");
        assertThat(LoginServlet.safeDestination("https://attacker.example/")).isEqualTo("/");
        assertThat(LoginServlet.safeDestination("/ok\r\nSet-Cookie: x")).isEqualTo("/");
        assertThat(LoginServlet.safeDestination(null)).isEqualTo("/");
    }
}
