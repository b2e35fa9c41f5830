package org.relman.platform.adapter.web;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relman.platform.domain.AccessDeniedException;
import org.relman.platform.domain.IssueRef;
import org.relman.platform.domain.NotFoundException;

/**
 * The context provider of a relman web panel on the issue view
 * ({@code <web-panel location="atl.jira.view.issue.right.context"><context-provider class="..."/>}).
 * A subclass says only what the panel shows for an issue ({@link #view}); its template receives the
 * view record's components as plain {@code $references} (see {@link PageView} for the rule), nothing of
 * Jira's. A refusal or a missing record never breaks the issue page: the template gets {@code $problem}
 * with the reason instead, and should start with {@code #if($problem)...#else ... #end}. The panel's
 * scripts and styles ({@link #webResources()}, plus {@code relman-web}) are required through Jira's
 * page builder while the issue page is built.
 */
public abstract class IssuePanel implements ContextProvider {

    /** The reference a panel's template shows instead of its view when the view could not be built. */
    public static final String PROBLEM = "problem";

    private final ViewedIssues issues;
    private final PageBuilderService pageBuilder;

    /** Subclasses take both in an {@code @Inject} constructor, with the use cases they ask. */
    protected IssuePanel(ViewedIssues issues, PageBuilderService pageBuilder) {
        this.issues = issues;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public void init(Map<String, String> params) {
        // relman panels take no parameters: what differs between panels is code
    }

    @Override
    public final Map<String, Object> getContextMap(Map<String, Object> context) {
        RequiredResources required = pageBuilder.assembler().resources();
        required.requireWebResource(RelmanWeb.completeKey(RelmanWeb.BASE_RESOURCES));
        webResources().forEach(module -> required.requireWebResource(RelmanWeb.completeKey(module)));
        Optional<IssueRef> issue = issues.issueIn(context);
        if (issue.isEmpty()) {
            return problem("This issue cannot be shown.");
        }
        try {
            return ViewContext.of(view(issue.get()));
        } catch (AccessDeniedException | NotFoundException e) {
            return problem(e.getMessage());
        }
    }

    /** Keys of relman's {@code <web-resource>}s the panel needs besides {@code relman-web}. */
    protected List<String> webResources() {
        return List.of();
    }

    /**
     * What the panel shows for {@code issue}: ask a use case (which checks permission first) and turn
     * its answer into a view record of strings, numbers, booleans and collections of them.
     */
    protected abstract Record view(IssueRef issue);

    private static Map<String, Object> problem(String reason) {
        Map<String, Object> context = new HashMap<>();
        context.put(PROBLEM, reason);
        return context;
    }
}
