package com.atlassian.jira.jql.operand;

import com.atlassian.query.operand.Operand;
import java.util.Objects;

/**
 * Mirror of a JQL function's result value (see MIRRORS.md). It works like the real value class — a
 * long or a string from a source operand, or empty — so tests can read what a function returned.
 */
public class QueryLiteral {

    private final Operand sourceOperand;
    private final Long longValue;
    private final String stringValue;

    public QueryLiteral() {
        this(null, null, null);
    }

    public QueryLiteral(Operand sourceOperand) {
        this(sourceOperand, null, null);
    }

    public QueryLiteral(Operand sourceOperand, Long longValue) {
        this(sourceOperand, longValue, null);
    }

    public QueryLiteral(Operand sourceOperand, String stringValue) {
        this(sourceOperand, null, stringValue);
    }

    private QueryLiteral(Operand sourceOperand, Long longValue, String stringValue) {
        this.sourceOperand = sourceOperand;
        this.longValue = longValue;
        this.stringValue = stringValue;
    }

    public Long getLongValue() {
        return longValue;
    }

    public String getStringValue() {
        return stringValue;
    }

    public boolean isEmpty() {
        return longValue == null && stringValue == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryLiteral other && Objects.equals(sourceOperand, other.sourceOperand)
                && Objects.equals(longValue, other.longValue) && Objects.equals(stringValue, other.stringValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(longValue, stringValue);
    }

    @Override
    public String toString() {
        return isEmpty() ? "EMPTY" : String.valueOf(longValue != null ? longValue : stringValue);
    }
}
