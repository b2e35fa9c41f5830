package org.relman.dsl.adapter.web;

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
 * {@code /plugins/servlet/relman/dsl}: browse and search the Definitive Software Library, open an entry with its
 * copies and state history. DSL librarians also see the "Add entry" form and the state buttons; the REST API
 * checks the role again, so hiding them is a courtesy, not the protection.
 */
@LicensedOnly
public class DslPage extends RelmanPage {

    static final String TEMPLATE = "templates/dsl/library.vm";
    static final String RESOURCES = "dsl-page-resources";

    private final transient AccessGuard access;

    @Inject
    public DslPage(PageSupport pages, AccessGuard access) {
        super(pages);
        this.access = access;
    }

    /** Where the REST API and this page are, and whether to offer the librarian's actions. */
    record DslView(String restBase, String pageUrl, boolean librarian) {
    }

    @Override
    protected PageView view(HttpServletRequest request) {
        UserRef reader = access.requireRole(RelmanRole.CMDB_READER, "browse the DSL");
        return PageView.of(TEMPLATE, new DslView(PageSupport.restBase(request), PageSupport.pageUrl(request),
                access.hasRole(reader, RelmanRole.SOFTWARE_LIBRARIAN)), RESOURCES);
    }
}
