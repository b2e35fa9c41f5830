package org.relman.change.adapter.web;

import com.atlassian.annotations.security.LicensedOnly;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import org.relman.change.app.ChangeAccess;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.adapter.web.PageView;
import org.relman.platform.adapter.web.RelmanPage;

/**
 * {@code /plugins/servlet/relman/cabs}: list, create and edit CABs (members, decision rule) and name deputies.
 * The page is a frame; cab-admin.js reads and writes {@code /change/cabs} and {@code /change/deputies}. Only
 * change managers and relman administrators may open it: the same rule, in the same words, as the REST API.
 */
@LicensedOnly
public class CabAdminPage extends RelmanPage {

    static final String TEMPLATE = "templates/change/cabs.vm";
    static final String RESOURCES = "cab-admin-resources";

    private final transient ChangeAccess access;

    @Inject
    public CabAdminPage(PageSupport pages, ChangeAccess access) {
        super(pages);
        this.access = access;
    }

    record CabAdminView(String restBase, String pageUrl) {
    }

    @Override
    protected PageView view(HttpServletRequest request) {
        access.requireChangeManager("administer CABs");
        return PageView.of(TEMPLATE, new CabAdminView(PageSupport.restBase(request), PageSupport.pageUrl(request)), RESOURCES);
    }
}
