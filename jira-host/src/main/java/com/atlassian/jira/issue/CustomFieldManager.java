package com.atlassian.jira.issue;

import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;
import java.util.List;
import org.ofbiz.core.entity.GenericEntityException;

/**
 * Compile-only mirror (see MIRRORS.md). createCustomField takes raw lists: contexts are
 * JiraContextNodes, issue types are IssueTypes (a list holding null means "any issue type").
 */
@SuppressWarnings("rawtypes")
public interface CustomFieldManager {

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    CustomFieldType getCustomFieldType(String key);

    CustomFieldSearcher getCustomFieldSearcher(String key);

    CustomField createCustomField(String fieldName, String description, CustomFieldType fieldType,
                                  CustomFieldSearcher customFieldSearcher, List contexts, List issueTypes)
            throws GenericEntityException;
}
