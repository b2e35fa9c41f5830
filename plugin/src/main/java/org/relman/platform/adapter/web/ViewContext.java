package org.relman.platform.adapter.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a view record into the Velocity context of a template: one plain value per record component.
 * Only Strings, numbers, booleans and collections of them are allowed, so a template never calls a
 * method on a relman object (Jira 10's Velocity allowlist would block it) and every {@code $reference}
 * is a scalar that the host escapes.
 */
final class ViewContext {

    private ViewContext() {
    }

    static Map<String, Object> of(Record view) {
        Map<String, Object> context = new HashMap<>();
        for (RecordComponent component : view.getClass().getRecordComponents()) {
            Object value = read(view, component);
            requirePlain(view, component.getName(), value);
            context.put(component.getName(), value);
        }
        return context;
    }

    private static Object read(Record view, RecordComponent component) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(view);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + view.getClass().getName(), e);
        }
    }

    private static void requirePlain(Record view, String name, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(item -> requirePlain(view, name, item));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                requirePlain(view, name, k);
                requirePlain(view, name, v);
            });
            return;
        }
        throw new IllegalArgumentException(view.getClass().getSimpleName() + "." + name + " is a "
                + value.getClass().getName() + ": a view record holds only strings, numbers, booleans and collections of them");
    }
}
