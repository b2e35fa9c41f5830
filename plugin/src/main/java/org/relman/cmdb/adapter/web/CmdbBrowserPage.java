package org.relman.cmdb.adapter.web;

import com.atlassian.annotations.security.LicensedOnly;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.adapter.web.PageView;
import org.relman.platform.adapter.web.RelmanPage;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.RelmanRole;
import org.relman.platform.domain.UserRef;

/**
 * {@code /plugins/servlet/relman/cmdb}: search the CMDB, filter by type and environment, open a CI.
 * The page itself holds no CMDB data: its script reads them from {@code /rest/relman/1.0/cmdb/items}
 * with the visitor's own permissions, and shows every value as text. Jira lets only licensed users
 * reach it (the servlet form of the access annotations); the page itself asks for the CMDB reader role.
 */
@LicensedOnly
public class CmdbBrowserPage extends RelmanPage {

    static final String TEMPLATE = "templates/cmdb/browser.vm";
    static final String RESOURCES = "cmdb-browser-resources";

    private final transient AccessGuard access;

    @Inject
    public CmdbBrowserPage(PageSupport pages, AccessGuard access) {
        super(pages);
        this.access = access;
    }

    /** What the template needs: where the REST API and this page live (for links to a CI), and the import page's link. */
    record CmdbBrowserView(String restBase, String pageUrl, boolean canImport, String importUrl) {
    }

    @Override
    protected PageView view(HttpServletRequest request) {
        UserRef reader = access.requireRole(RelmanRole.CMDB_READER, "read the CMDB");
        String page = PageSupport.pageUrl(request);
        return PageView.of(TEMPLATE, new CmdbBrowserView(PageSupport.restBase(request), page,
                access.hasRole(reader, RelmanRole.CONFIGURATION_MANAGER), page + "/import"), RESOURCES);
    }
}
