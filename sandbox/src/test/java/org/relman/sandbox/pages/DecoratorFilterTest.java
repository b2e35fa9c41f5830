package org.relman.sandbox.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecoratorFilterTest {

    private static final String PAGE = "<html><head><title>CMDB</title>\n<meta name=\"decorator\" content=\"atl.general\">"
            + "<link rel=\"stylesheet\" href=\"x.css\"></head><body class=\"x\"><h1>CMDB</h1></body></html>";

    @Test
    void aPageAskingForJirasGeneralOrAdminDecoratorIsDecorated() {
        assertThat(DecoratorFilter.decoratorOf("text/html;charset=UTF-8", PAGE)).isEqualTo("atl.general");
        assertThat(DecoratorFilter.decoratorOf("text/html", PAGE.replace("atl.general", "atl.admin"))).isEqualTo("atl.admin");
        assertThat(DecoratorFilter.decoratorOf("text/html", "<meta content='atl.general' name='decorator'/>")).isEqualTo("atl.general");
    }

    @Test
    void otherAnswersPassUnchanged() {
        assertThat(DecoratorFilter.decoratorOf("application/json", PAGE)).isNull();
        assertThat(DecoratorFilter.decoratorOf("text/html", PAGE.replace("atl.general", "atl.popup"))).isNull();
        assertThat(DecoratorFilter.decoratorOf("text/html", "<html><body>plain</body></html>")).isNull();
        assertThat(DecoratorFilter.decoratorOf(null, PAGE)).isNull();
    }

    @Test
    void thePagesOwnHeadKeepsAllButItsTitleAndTheDecoratorTag() {
        assertThat(DecoratorFilter.ownHead(PAGE)).isEqualTo("<link rel=\"stylesheet\" href=\"x.css\">");
    }
}
