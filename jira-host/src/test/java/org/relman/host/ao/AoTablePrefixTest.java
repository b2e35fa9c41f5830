package org.relman.host.ao;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AoTablePrefixTest {

    @Test
    void relmanNamespaceGetsTheLastSixHexDigitsOfItsMd5UpperCased() {
        assertThat(AoTablePrefix.md5Hex("org.relman")).isEqualTo("cc99b6c98e8e1a9637a57dd150301b80");
        assertThat(AoTablePrefix.forNamespace("org.relman")).isEqualTo("AO_301B80");
    }

    @Test
    void aPluginKeyWithoutNamespaceIsHashedTheSameWay() {
        String md5 = AoTablePrefix.md5Hex("org.relman.plugin");
        assertThat(AoTablePrefix.forNamespace("org.relman.plugin"))
                .isEqualTo("AO_" + md5.substring(26).toUpperCase())
                .hasSize(9);
    }

    @Test
    void rejectsBlankNamespace() {
        assertThatThrownBy(() -> AoTablePrefix.forNamespace(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("namespace");
    }
}
