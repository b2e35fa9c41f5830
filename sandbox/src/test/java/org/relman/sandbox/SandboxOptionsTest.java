package org.relman.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    @Test
    void defaultsAreAtlasRunsAddress() {
        SandboxOptions options = SandboxOptions.parse();

        assertThat(options.port()).isEqualTo(2990);
        assertThat(options.contextPath()).isEqualTo("/jira");
        assertThat(options.dataDir()).isEqualTo(Path.of("sandbox-data"));
        assertThat(options.jdbcUrl()).isNull();
        assertThat(options.demoData()).isTrue();
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        SandboxOptions options = SandboxOptions.parse("--port", "8080", "--context-path=/relman/", "--data-dir", "/tmp/x",
                "--jdbc-url=jdbc:postgresql://localhost/relman", "--db-user", "relman", "--db-password=s3cret", "--no-demo-data");

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.contextPath()).isEqualTo("/relman");
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/relman");
        assertThat(options.dbUser()).isEqualTo("relman");
        assertThat(options.dbPassword()).isEqualTo("s3cret");
        assertThat(options.demoData()).isFalse();
    }

    @Test
    void rootContextPathIsEmpty() {
        assertThat(SandboxOptions.parse("--context-path", "/").contextPath()).isEmpty();
        assertThat(SandboxOptions.parse("--context-path", "jira").contextPath()).isEqualTo("/jira");
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> SandboxOptions.parse("--prot", "1")).hasMessage("unknown option --prot");
        assertThatThrownBy(() -> SandboxOptions.parse("--port", "http")).hasMessage("--port must be a number, was http");
        assertThatThrownBy(() -> SandboxOptions.parse("--port", "70000")).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> SandboxOptions.parse("--port")).hasMessage("--port needs a value");
        assertThatThrownBy(() -> SandboxOptions.parse("--db-user", "x")).hasMessageContaining("go with --jdbc-url");
        assertThatThrownBy(() -> SandboxOptions.parse("--jdbc-url", "postgres://x")).hasMessageContaining("must start with jdbc:");
    }
}
