package org.relman.sandbox.panels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEscapingReferenceHandlerTest {

    private final HtmlEscapingReferenceHandler handler = new HtmlEscapingReferenceHandler();

    @Test
    void escapesOrdinaryReferences() {
        assertThat(handler.referenceInsert("$summary", "<b>\"x\" & 'y'</b>"))
                .isEqualTo("&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;");
        assertThat(handler.referenceInsert("$!{issue.summary}", "<i>")).isEqualTo("&lt;i&gt;");
        assertThat(handler.referenceInsert("$htmlish.value", "<i>")).isEqualTo("&lt;i&gt;");
    }

    @Test
    void leavesReferencesNamedHtmlAlone() {
        assertThat(handler.referenceInsert("$bodyHtml", "<b>x</b>")).isEqualTo("<b>x</b>");
        assertThat(handler.referenceInsert("$!{panel.summaryHtml}", "<b>x</b>")).isEqualTo("<b>x</b>");
        assertThat(handler.referenceInsert("$panel.getDescriptionHtml()", "<b>x</b>")).isEqualTo("<b>x</b>");
        assertThat(handler.referenceInsert("$panel.render($summaryHtml)", "<b>x</b>")).isEqualTo("&lt;b&gt;x&lt;/b&gt;");
    }
}
