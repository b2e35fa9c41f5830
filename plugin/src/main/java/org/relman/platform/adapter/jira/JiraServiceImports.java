package org.relman.platform.adapter.jira;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.config.properties.ApplicationProperties;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.roles.ProjectRoleManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The one place where relman's Jira adapters import Jira's services (OSGi services the Spring
 * Scanner index lists under {@code imports}). Once imported, a service is injected into any of
 * relman's components by type, so the adapters themselves carry no {@code @ComponentImport}, and
 * this list tells at a glance what of Jira relman depends on. SAL's UserManager is imported where it
 * is used, by the platform's first adapters.
 */
@Named
public class JiraServiceImports {

    @Inject
    @SuppressWarnings("unused")
    public JiraServiceImports(@ComponentImport UserManager userManager,
                              @ComponentImport IssueManager issueManager,
                              @ComponentImport PermissionManager permissionManager,
                              @ComponentImport GroupManager groupManager,
                              @ComponentImport ProjectRoleManager projectRoleManager,
                              @ComponentImport ProjectManager projectManager,
                              @ComponentImport CustomFieldManager customFieldManager,
                              @ComponentImport OptionsManager optionsManager,
                              @ComponentImport IssueTypeManager issueTypeManager,
                              @ComponentImport StatusManager statusManager,
                              @ComponentImport StatusCategoryManager statusCategoryManager,
                              @ComponentImport ApplicationProperties applicationProperties,
                              @ComponentImport ClusterLockService clusterLockService,
                              @ComponentImport EventPublisher eventPublisher) {
        // nothing to keep: declaring the imports is the point
    }
}
