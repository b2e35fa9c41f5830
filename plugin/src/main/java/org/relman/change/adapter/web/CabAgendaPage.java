package org.relman.change.adapter.web;

import com.atlassian.annotations.security.LicensedOnly;
import javax.inject.Inject;
import javax.servlet.http.HttpServletRequest;
import org.relman.change.app.ChangeAccess;
import org.relman.platform.adapter.web.PageSupport;
import org.relman.platform.adapter.web.PageView;
import org.relman.platform.adapter.web.RelmanPage;

/**
 * {@code /plugins/servlet/relman/cab-agenda}: a CAB's RFCs awaiting a decision, its meeting agendas, freezing
 * one and its minutes. Planning and freezing agendas needs a change manager or a relman administrator, so the
 * page asks for that role before showing anything.
 */
@LicensedOnly
public class CabAgendaPage extends RelmanPage {

    static final String TEMPLATE = "templates/change/agenda.vm";
    static final String RESOURCES = "cab-agenda-resources";

    private final transient ChangeAccess access;

    @Inject
    public CabAgendaPage(PageSupport pages, ChangeAccess access) {
        super(pages);
        this.access = access;
    }

    record CabAgendaView(String restBase, String pageUrl) {
    }

    @Override
    protected PageView view(HttpServletRequest request) {
        access.requireChangeManager("plan CAB meetings");
        return PageView.of(TEMPLATE, new CabAgendaView(PageSupport.restBase(request), PageSupport.pageUrl(request)), RESOURCES);
    }
}
