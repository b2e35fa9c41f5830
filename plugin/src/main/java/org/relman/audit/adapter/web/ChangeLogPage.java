package org.relman.audit.adapter.web;

import com.atlassian.annotations.security.LicensedOnly;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import org.relman.audit.app.AuditTrail;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.adapter.web.PageView;
import org.relman.platform.adapter.web.RelmanPage;

/**
 * {@code /plugins/servlet/relman/audit}: verify the change log's hash chain and read an issue's entries. Whoever
 * may verify (the backend's rule, {@link AuditTrail#requireVerifier()}) may open it; change-log.js does the rest.
 */
@LicensedOnly
public class ChangeLogPage extends RelmanPage {

    static final String TEMPLATE = "templates/audit/change-log.vm";
    static final String RESOURCES = "change-log-resources";

    private final transient AuditTrail trail;

    @Inject
    public ChangeLogPage(PageSupport pages, AuditTrail trail) {
        super(pages);
        this.trail = trail;
    }

    record ChangeLogView(String restBase, String pageUrl) {
    }

    @Override
    protected PageView view(HttpServletRequest request) {
        trail.requireVerifier();
        return PageView.of(TEMPLATE, new ChangeLogView(PageSupport.restBase(request), PageSupport.pageUrl(request)), RESOURCES);
    }
}
