package org.relman.sandbox.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relman.sandbox.panels.I18nText;

class SandboxTemplateRendererTest {

    private final SandboxTemplateRenderer renderer = new SandboxTemplateRenderer(getClass().getClassLoader(),
            new I18nText(List.of("fixture.panels"), getClass().getClassLoader()));

    @Test
    void everyReferenceIsEscapedAsJirasTemplateRendererDoes() {
        String html = renderer.renderFragment("<p title=\"$name\">$name</p><p>$i18n.getText(\"fixture.panel.title\")</p>",
                Map.of("name", "<img src=x onerror=\"alert(1)\">"));

        assertThat(html).isEqualTo("<p title=\"&lt;img src=x onerror=&quot;alert(1)&quot;&gt;\">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>"
                + "<p>Release &lt;readiness&gt;</p>");
    }

    @Test
    void aTemplateNotOnTheClassPathFailsWithItsName() {
        assertThatThrownBy(() -> renderer.render("templates/missing.vm", Map.of(), new StringWriter()))
                .isInstanceOf(IOException.class).hasMessageContaining("templates/missing.vm");
        assertThat(renderer.resolve("fixture-templates/summary-panel.vm")).isTrue();
        assertThat(renderer.resolve("templates/missing.vm")).isFalse();
    }
}
