/**
 * relman's Jira workflow modules: a validator, a condition and a post-function, each with the
 * factory Jira's workflow editor uses. Their fully qualified class names are stored in customers'
 * workflows (and in {@code workflows/relman-rfc-workflow.xml}): never rename or move these classes.
 */
package org.relman.change.adapter.workflow;
