package org.relman.sandbox.panels;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@code $i18n} in templates: the plugin's {@code <resource type="i18n">} bundles, read as Jira's
 * I18nHelper reads them (always through MessageFormat, so {@code ''} is one apostrophe) ({@code getText(key)}, {@code getText(key, args...)}); a missing key shows
 * itself, as in Jira.
 */
public final class I18nText {

    private final List<ResourceBundle> bundles = new ArrayList<>();

    public I18nText(List<String> bundleLocations, ClassLoader loader) {
        for (String location : bundleLocations) {
            try {
                bundles.add(ResourceBundle.getBundle(location.replace('/', '.'), Locale.ENGLISH, loader));
            } catch (MissingResourceException e) {
                // a descriptor naming a missing bundle: keys then show as themselves
            }
        }
    }

    public String getText(String key) {
        return getText(key, new Object[0]);
    }

    public String getText(String key, Object... args) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(args);
            }
        }
        return key;
    }

    public String getText(String key, Object arg) {
        return getText(key, new Object[] {arg});
    }

    public String getText(String key, Object arg1, Object arg2) {
        return getText(key, new Object[] {arg1, arg2});
    }
}
