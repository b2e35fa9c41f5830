package com.atlassian.jira.event;

import java.util.Date;
import java.util.Map;

/** Compile-only mirror (see MIRRORS.md). */
public interface JiraEvent {

    Map<String, Object> getParams();

    Date getTime();
}
