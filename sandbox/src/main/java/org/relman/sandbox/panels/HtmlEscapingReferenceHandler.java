package org.relman.sandbox.panels;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.relman.sandbox.web.Html;

/**
 * Escapes every {@code $reference} a template prints, as Jira 6+ does for plugin templates, except
 * references whose name ends in {@code Html} ({@code $bodyHtml}, {@code $panel.summaryHtml},
 * {@code $x.getDescriptionHtml()}), which promise to be HTML already.
 */
public final class HtmlEscapingReferenceHandler implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || isDeclaredHtml(reference)) {
            return value;
        }
        return Html.escape(value);
    }

    /** Whether the last name in {@code $a.b.cHtml}, {@code $!{a.cHtml}} or {@code $a.getCHtml()} ends in Html. */
    static boolean isDeclaredHtml(String reference) {
        if (reference == null) {
            return false;
        }
        String r = reference.trim();
        int paren = r.indexOf('(');
        if (paren >= 0) {
            r = r.substring(0, paren);
        }
        r = r.replace("$", "").replace("!", "").replace("{", "").replace("}", "");
        int dot = r.lastIndexOf('.');
        String name = dot < 0 ? r : r.substring(dot + 1);
        return name.endsWith("Html") || name.endsWith("HTML");
    }
}
