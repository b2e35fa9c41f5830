package org.relman.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * relman.js, the helpers every page and panel script uses, in Chromium on a real relman page: REST
 * calls with the visitor's session, refusals and field errors as data, and DOM helpers that only
 * ever make text.
 */
class RelmanScriptsIT {

    private static final String PAGE = "/plugins/servlet/relman/cmdb";
    private static Sandbox sandbox;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        HeadlessChromium.requireChromium();
        sandbox = Sandbox.start(TestSandboxes.inMemory(false));
        chromium = HeadlessChromium.launch();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void domHelpersMakeTextAndRefuseScriptableAttributes() {
        Page page = on("rita");

        Object made = page.evaluate("() => { const p = relman.dom.el('p', {'data-x': '<i>'}, ['<b>bold</b>', 1]);"
                + " return [p.textContent, p.children.length, p.getAttribute('data-x')]; }");
        Object refused = page.evaluate("() => ['onclick', 'href'].map(a => { try {"
                + " relman.dom.el('a', {[a]: a === 'href' ? 'javascript:alert(1)' : 'alert(1)'}); return 'made'; }"
                + " catch (e) { return e.message; } })");

        assertThat(made).isEqualTo(List.of("<b>bold</b>1", 0, "<i>"));
        assertThat((List<?>) refused).allSatisfy(m -> assertThat(m.toString()).startsWith("relman.dom:"));
    }

    @Test
    void aRefusedCallRejectsWithTheReasonTheUseCaseGave() {
        Page page = on("rita");

        Object failure = page.evaluate("() => relman.rest.send('POST', '/jira/rest/relman/1.0/cmdb/items', {key: 'X-1'})"
                + ".then(() => 'created', f => ({status: f.status, message: f.message}))");

        assertThat(failure).isEqualTo(Map.of("status", 403, "message", "Only a configuration manager may add configuration items."));
    }

    @Test
    void fieldErrorsAppearNextToTheirFields() {
        Page page = on("connie");

        page.evaluate("() => { const form = relman.dom.el('form', {id: 'ci-form'}, ["
                + " relman.dom.el('input', {name: 'key', id: 'ci-key'}), relman.dom.el('input', {name: 'name', id: 'ci-name'}),"
                + " relman.dom.el('div', {id: 'ci-messages'})]); document.body.appendChild(form); }");
        Object status = page.evaluate("() => relman.rest.send('POST', '/jira/rest/relman/1.0/cmdb/items',"
                + " {key: 'bad key!', type: '9x'}).then(() => 'created', f => { relman.forms.showErrors("
                + " document.getElementById('ci-form'), f, document.getElementById('ci-messages')); return f.status; })");

        assertThat(status).isEqualTo(400);
        assertThat(page.getAttribute("#ci-key", "aria-invalid")).isEqualTo("true");
        assertThat(page.textContent("#ci-key-error")).contains("key");
        assertThat(page.textContent("#ci-name-error")).contains("name");
        assertThat(page.textContent("#ci-messages")).contains("type");
        HeadlessChromium.screenshot(page, "relman-js-field-errors");
    }

    private static Page on(String user) {
        Page page = chromium.newPage();
        page.navigate(sandbox.baseUrl() + "/login.jsp");
        page.fill("#login-form-username", user);
        page.fill("#login-form-password", user);
        page.click("#login-form-submit");
        page.waitForSelector("#whoami");
        page.navigate(sandbox.baseUrl() + PAGE);
        page.waitForSelector("#relman-cmdb[data-started]");
        return page;
    }
}
