package org.relman.dsl.adapter.web;

import com.atlassian.annotations.security.LicensedOnly;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import org.relman.dsl.app.DslAccess;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.adapter.web.PageView;
import org.relman.platform.adapter.web.RelmanPage;

/**
 * {@code /plugins/servlet/relman/dsl}: browse and search the Definitive Software Library, open an entry with its
 * copies and state history. DSL librarians also see the "Add entry" and "Add a copy" forms and the state buttons;
 * librarians and the relman administrator run the integrity check and see the storage roots, which only the
 * administrator may change. Which of these to offer is {@link DslAccess}'s answer, the same rules the REST API
 * applies, so hiding them is a courtesy, not the protection.
 *
 * <p>CMDB readers open the page; so does a relman administrator who is not one (a Jira administrator outside
 * the relman groups), to configure the storage roots and run the check without browsing the entries.
 */
@LicensedOnly
public class DslPage extends RelmanPage {

    static final String TEMPLATE = "templates/dsl/library.vm";
    static final String RESOURCES = "dsl-page-resources";

    private final transient DslAccess access;

    @Inject
    public DslPage(PageSupport pages, DslAccess access) {
        super(pages);
        this.access = access;
    }

    /**
     * Where the REST API and this page are, and what to offer: {@code browse} the entries, the {@code librarian}'s
     * forms and buttons, {@code checkIntegrity} (run the check, list the storage roots), {@code configureRoots}.
     */
    record DslView(String restBase, String pageUrl, boolean browse, boolean librarian, boolean checkIntegrity,
                   boolean configureRoots) {
    }

    @Override
    protected PageView view(HttpServletRequest request) {
        DslAccess.Permissions may = access.permissions();
        if (!may.read() && !may.checkIntegrity()) {
            access.reader(); // refuses, in the REST API's words
        }
        return PageView.of(TEMPLATE, new DslView(PageSupport.restBase(request), PageSupport.pageUrl(request), may.read(),
                may.librarian(), may.checkIntegrity(), may.configureRoots()), RESOURCES);
    }
}
