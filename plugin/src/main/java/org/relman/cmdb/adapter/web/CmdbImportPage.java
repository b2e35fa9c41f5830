package org.relman.cmdb.adapter.web;

import com.atlassian.annotations.security.LicensedOnly;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.adapter.web.PageView;
import org.relman.platform.adapter.web.RelmanPage;
import org.relman.platform.app.AccessGuard;
import org.relman.platform.domain.RelmanRole;

/**
 * {@code /plugins/servlet/relman/cmdb/import}: a configuration manager uploads a CI file or a relationship file.
 * The page is a frame; its script sends the file to {@code /rest/relman/1.0/cmdb/import/...}, shows the per-row
 * error report (row, column, rule) or the counts, and polls the job of a long import to show its progress.
 */
@LicensedOnly
public class CmdbImportPage extends RelmanPage {

    static final String TEMPLATE = "templates/cmdb/import.vm";
    static final String RESOURCES = "cmdb-import-resources";

    private final transient AccessGuard access;

    @Inject
    public CmdbImportPage(PageSupport pages, AccessGuard access) {
        super(pages);
        this.access = access;
    }

    /** Where the REST API lives and where the CMDB browser is (to see the imported CIs). */
    record CmdbImportView(String restBase, String browserUrl) {
    }

    @Override
    protected PageView view(HttpServletRequest request) {
        access.requireRole(RelmanRole.CONFIGURATION_MANAGER, "import into the CMDB");
        String page = PageSupport.pageUrl(request);
        String browser = page.endsWith("/import") ? page.substring(0, page.length() - "/import".length()) : page;
        return PageView.of(TEMPLATE, new CmdbImportView(PageSupport.restBase(request), browser), RESOURCES);
    }
}
