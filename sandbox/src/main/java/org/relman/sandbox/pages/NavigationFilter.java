package org.relman.sandbox.pages;

import java.io.IOException;
import java.util.function.Supplier;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpFilter;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.relman.platform.app.CurrentUser;
import org.relman.sandbox.panels.TopNavigation;
import org.relman.sandbox.web.PageLayout;

/** Offers every page the header links of the plugin's top-navigation web items, worked out only if the page asks. */
public final class NavigationFilter extends HttpFilter {

    private final TopNavigation navigation;
    private final CurrentUser currentUser;

    public NavigationFilter(TopNavigation navigation, CurrentUser currentUser) {
        this.navigation = navigation;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Supplier<String> links = () -> navigation.html(request.getContextPath(), currentUser.get().orElse(null));
        request.setAttribute(PageLayout.NAVIGATION, links);
        chain.doFilter(request, response);
    }
}
